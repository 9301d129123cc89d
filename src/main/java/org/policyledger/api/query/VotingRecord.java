package org.policyledger.api.query;

import java.time.Instant;
import java.util.List;

import org.policyledger.api.ActorId;
import org.policyledger.api.TopicId;

/** An actor's votes counted per year; see {@link VotingRecordQuery}. */
public record VotingRecord(ActorId actorId, TopicId topicId, Instant knownAt, List<Year> years) {

	/**
	 * One year's votes. {@code yesShare} is yes votes over all votes cast (yes, no and
	 * abstain), rounded to four places.
	 */
	public record Year(int year, int yes, int no, int abstain, double yesShare) {

		public Year(int year, int yes, int no, int abstain) {
			this(year, yes, no, abstain, Math.round(10_000.0 * yes / (yes + no + abstain)) / 10_000.0);
		}

	}

}

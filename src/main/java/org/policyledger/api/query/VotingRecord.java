package org.policyledger.api.query;

import java.time.Instant;
import java.util.List;

import org.policyledger.api.ActorId;
import org.policyledger.api.TopicId;

/** An actor's votes counted per year; see {@link VotingRecordQuery}. */
public record VotingRecord(ActorId actorId, TopicId topicId, Instant knownAt, List<Year> years) {

	/** Yes votes over all votes cast (yes, no and abstain), rounded to four places. */
	public static double yesShare(int yes, int no, int abstain) {
		return Math.round(10_000.0 * yes / (yes + no + abstain)) / 10_000.0;
	}

	/** One year's votes, with their {@link VotingRecord#yesShare yes share}. */
	public record Year(int year, int yes, int no, int abstain, double yesShare) {

		public Year(int year, int yes, int no, int abstain) {
			this(year, yes, no, abstain, VotingRecord.yesShare(yes, no, abstain));
		}

	}

}

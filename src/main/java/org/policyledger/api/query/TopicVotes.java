package org.policyledger.api.query;

import java.time.Instant;
import java.util.List;

import org.policyledger.api.ActorId;
import org.policyledger.api.TopicId;

/** Every actor's votes in a year on a topic's roll calls; see {@link TopicVotesQuery}. */
public record TopicVotes(TopicId topicId, int year, Instant knownAt, List<Actor> actors) {

	/**
	 * One actor's votes that year, with its share of yes votes as in
	 * {@link VotingRecord.Year}.
	 */
	public record Actor(ActorId actorId, int yes, int no, int abstain, double yesShare) {

		public Actor(ActorId actorId, int yes, int no, int abstain) {
			this(actorId, yes, no, abstain, VotingRecord.yesShare(yes, no, abstain));
		}

	}

}

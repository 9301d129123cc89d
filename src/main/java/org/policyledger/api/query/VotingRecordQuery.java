package org.policyledger.api.query;

import java.time.Instant;

import org.policyledger.api.ActorId;
import org.policyledger.api.TopicId;

/**
 * How an actor voted, year by year, on roll calls about a topic (all roll calls when
 * {@code topicId} is null), as the ledger knew it at {@code knownAt}.
 */
public record VotingRecordQuery(ActorId actorId, TopicId topicId, Instant knownAt) {

}

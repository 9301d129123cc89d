package org.policyledger.api.query;

import java.time.Instant;

import org.policyledger.api.TopicId;

/**
 * How every actor voted in one year on roll calls about a topic, as the ledger knew it at
 * {@code knownAt}: the numbers behind a map of yes shares.
 */
public record TopicVotesQuery(TopicId topicId, int year, Instant knownAt) {

}

package org.policyledger.api.query;

import java.time.Instant;
import java.util.List;

import org.policyledger.api.ActorId;
import org.policyledger.api.TopicId;

/**
 * How alike two or more actors voted, pair by pair and year by year, on roll calls about
 * a topic (all roll calls when {@code topicId} is null), as the ledger knew it at
 * {@code knownAt}.
 */
public record AgreementQuery(List<ActorId> actors, TopicId topicId, Instant knownAt) {

	/** The most actors compared at once (45 pairs). */
	public static final int MAX_ACTORS = 10;

}

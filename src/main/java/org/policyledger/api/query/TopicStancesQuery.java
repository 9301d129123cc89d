package org.policyledger.api.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.policyledger.api.ActorId;
import org.policyledger.api.TopicId;

/**
 * Stances on a topic as of a day, known at an instant: of the given actors, or of every
 * actor that took one when {@code actorIds} is empty.
 */
public record TopicStancesQuery(TopicId topicId, List<ActorId> actorIds, LocalDate asOf, Instant knownAt) {

}

package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The actor took a stance on a topic, possibly in a quoted statement by a speaker at a
 * venue.
 */
@Revision("1")
public record PositionStated(FactId factId, ActorId actorId, TopicId topicId, Stance stance, String summary,
		String quote, Speaker speaker, String venue, PartialDate validTime, List<Citation> sources,
		Instant recordedAt) implements GovernanceFact {

}

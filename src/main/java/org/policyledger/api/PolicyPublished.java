package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The actor published a policy document (an action plan, an executive order, a report).
 */
@Revision("1")
public record PolicyPublished(FactId factId, ActorId actorId, InstrumentId instrumentId, String summary,
		List<TopicId> topics, PartialDate validTime, List<Citation> sources,
		Instant recordedAt) implements InstrumentFact {

}

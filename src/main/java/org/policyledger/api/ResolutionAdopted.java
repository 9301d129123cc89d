package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The actor (a body such as the UN General Assembly) adopted a resolution, by consensus
 * or by a vote with its tally. {@code method} is absent when the sources do not say.
 */
@Revision("1")
public record ResolutionAdopted(FactId factId, ActorId actorId, InstrumentId instrumentId, AdoptionMethod method,
		Tally tally, String note, PartialDate validTime, List<Citation> sources,
		Instant recordedAt) implements InstrumentFact {

}

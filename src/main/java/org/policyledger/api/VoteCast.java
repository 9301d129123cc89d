package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The actor voted yes, no or abstained on a resolution's roll call. */
@Revision("1")
public record VoteCast(FactId factId, ActorId actorId, InstrumentId instrumentId, Vote vote, String note,
		PartialDate validTime, List<Citation> sources, Instant recordedAt) implements InstrumentFact {

}

package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The actor left an initiative or body it was a member of. */
@Revision("1")
public record InitiativeLeft(FactId factId, ActorId actorId, InstrumentId instrumentId, String note,
		PartialDate validTime, List<Citation> sources, Instant recordedAt) implements InstrumentFact {

}

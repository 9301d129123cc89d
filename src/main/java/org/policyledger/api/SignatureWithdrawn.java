package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The actor withdrew its signature from an instrument it had signed. */
@Revision("1")
public record SignatureWithdrawn(FactId factId, ActorId actorId, InstrumentId instrumentId, String note,
		PartialDate validTime, List<Citation> sources, Instant recordedAt) implements InstrumentFact {

}

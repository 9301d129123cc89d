package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The actor launched or co-founded an initiative or body, and is a member of it. */
@Revision("1")
public record InitiativeLaunched(FactId factId, ActorId actorId, InstrumentId instrumentId, String note,
		PartialDate validTime, List<Citation> sources, Instant recordedAt) implements InstrumentFact {

}

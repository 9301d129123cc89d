package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The actor joined an initiative or body. */
@Revision("1")
public record InitiativeJoined(FactId factId, ActorId actorId, InstrumentId instrumentId, String note,
		PartialDate validTime, List<Citation> sources, Instant recordedAt) implements InstrumentFact {

}

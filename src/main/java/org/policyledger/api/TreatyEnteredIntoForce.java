package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A treaty entered into force for the actor, a party to it: from then on it binds the
 * actor. The treaty itself entered into force on the first such day of any party.
 */
@Revision("1")
public record TreatyEnteredIntoForce(FactId factId, ActorId actorId, InstrumentId instrumentId, String note,
		PartialDate validTime, List<Citation> sources, Instant recordedAt) implements InstrumentFact {

}

package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The actor signed (or endorsed) a declaration, principles or treaty. */
@Revision("1")
public record DeclarationSigned(FactId factId, ActorId actorId, InstrumentId instrumentId, String note,
		PartialDate validTime, List<Citation> sources, Instant recordedAt) implements InstrumentFact {

}

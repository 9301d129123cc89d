package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The actor led the drafting of a resolution, tabled it or joined its sponsors. */
@Revision("1")
public record ResolutionSponsored(FactId factId, ActorId actorId, InstrumentId instrumentId, SponsorRole role,
		String note, PartialDate validTime, List<Citation> sources, Instant recordedAt) implements InstrumentFact {

}

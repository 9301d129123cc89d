package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The actor consented to be bound by a treaty (by ratification, acceptance, approval or
 * accession) and so became a party to it; the treaty binds it once it enters into force
 * for it ({@link TreatyEnteredIntoForce}). A signature alone is not consent to be bound.
 */
@Revision("1")
public record TreatyRatified(FactId factId, ActorId actorId, InstrumentId instrumentId, ConsentMeans means, String note,
		PartialDate validTime, List<Citation> sources, Instant recordedAt) implements InstrumentFact {

}

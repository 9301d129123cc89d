package org.policyledger.api;

import org.axonframework.serialization.Revision;

/**
 * An instrument facts can be about, with its date and the actor that issued it, if known.
 */
@Revision("1")
public record InstrumentRegistered(InstrumentId instrumentId, InstrumentKind kind, String title, PartialDate date,
		ActorId issuedBy, String url) implements LedgerEvent {

}

package org.policyledger.api;

import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * An instrument facts can be about, with its date, the actor that issued it, a
 * description and the topics it concerns, where known, and the stances that signing,
 * joining or becoming a party to it expresses ({@code expresses}). Revision 2 added the
 * description and topics, revision 3 the stances expressed.
 */
@Revision("3")
public record InstrumentRegistered(InstrumentId instrumentId, InstrumentKind kind, String title, PartialDate date,
		ActorId issuedBy, String url, String description, List<TopicId> topics,
		List<ExpressedStance> expresses) implements LedgerEvent {

	public InstrumentRegistered {
		topics = topics == null ? List.of() : topics;
		expresses = expresses == null ? List.of() : expresses;
	}

}

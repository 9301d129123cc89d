package org.policyledger.api;

import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * An instrument facts can be about, with its date, the actor that issued it, a
 * description and the topics it concerns, where known. Revision 2 added the description
 * and topics.
 */
@Revision("2")
public record InstrumentRegistered(InstrumentId instrumentId, InstrumentKind kind, String title, PartialDate date,
		ActorId issuedBy, String url, String description, List<TopicId> topics) implements LedgerEvent {

	public InstrumentRegistered {
		topics = topics == null ? List.of() : topics;
	}

}

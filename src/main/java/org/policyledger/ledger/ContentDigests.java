package org.policyledger.ledger;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.policyledger.api.FactEvent;
import org.policyledger.integrity.Hashes;

/**
 * The digest of a fact event's content: the SHA-256 of the bytes the event serializer
 * makes of it. An event being applied is serialized once, through its message, which
 * keeps the bytes: the event store stores and chains those same bytes. An event replayed
 * from the store, or the event a resubmitted fact would make, is serialized afresh, so
 * that an event stored under an older revision compares in its current form.
 */
public final class ContentDigests {

	private final Serializer serializer;

	ContentDigests(Serializer serializer) {
		this.serializer = serializer;
	}

	/** The digest of an event being applied, from the bytes that will be stored. */
	byte[] ofApplied(EventMessage<?> message) {
		return Hashes.sha256(message.serializePayload(serializer, byte[].class).getData());
	}

	/** The digest of an event's content, serialized afresh. */
	byte[] of(FactEvent event) {
		return Hashes.sha256(serializer.serialize(event, byte[].class).getData());
	}

}

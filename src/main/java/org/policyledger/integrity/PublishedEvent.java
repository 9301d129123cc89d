package org.policyledger.integrity;

import java.time.Instant;
import java.util.Base64;

/**
 * One stored event as the chain hashed it, for anyone to recompute its hash (see
 * docs/integrity.md, "What is hashed"): the stored fields, the payload and metadata bytes
 * in base64, the event hash and the chain link recorded for its position.
 */
public record PublishedEvent(long position, String eventIdentifier, String aggregateIdentifier, String aggregateType,
		long sequenceNumber, String timestamp, String payloadType, String payloadRevision, String payload,
		String metaData, String eventHash, String chainHash) {

	private static final Base64.Encoder BASE64 = Base64.getEncoder();

	static PublishedEvent of(LedgerChain.Entry entry, StoredEvent event) {
		return new PublishedEvent(entry.position(), event.eventIdentifier(), event.aggregateIdentifier(),
				event.aggregateType(), event.sequenceNumber(), event.timestamp().toString(), event.payloadType(),
				event.payloadRevision(), BASE64.encodeToString(event.payload()),
				BASE64.encodeToString(event.metaData()), Hashes.hex(entry.eventHash()), Hashes.hex(entry.chainHash()));
	}

	/** The event as the event store holds it, from these fields. */
	StoredEvent stored() {
		return new StoredEvent(eventIdentifier, aggregateIdentifier, aggregateType, sequenceNumber,
				Instant.parse(timestamp), payloadType, payloadRevision, Base64.getDecoder().decode(payload),
				Base64.getDecoder().decode(metaData));
	}

}

package org.policyledger.integrity;

/**
 * One stored event as the chain hashed it, for anyone to recompute its hash (see
 * docs/integrity.md, "What is hashed"): the stored fields, the payload and metadata bytes
 * in base64, the event hash and the chain link recorded for its position.
 */
public record PublishedEvent(long position, String eventIdentifier, String aggregateIdentifier, String aggregateType,
		long sequenceNumber, String timestamp, String payloadType, String payloadRevision, String payload,
		String metaData, String eventHash, String chainHash) {
}

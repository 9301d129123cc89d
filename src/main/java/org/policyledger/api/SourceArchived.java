package org.policyledger.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * A version of a source's text, kept in the ledger: numbered from 1, identified by the
 * SHA-256 of its UTF-8 bytes (hex), with the document's media type, where and when it was
 * retrieved (when known) and when the ledger recorded it. Earlier versions stay.
 */
@Revision("1")
public record SourceArchived(SourceId sourceId, int version, String sha256, String mediaType, String url,
		Instant retrievedAt, Instant recordedAt, String text) implements LedgerEvent {

}

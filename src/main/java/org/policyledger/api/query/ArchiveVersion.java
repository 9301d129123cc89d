package org.policyledger.api.query;

import java.time.Instant;

import org.policyledger.api.SourceId;

/**
 * A version of a source's archived text: its SHA-256, the document's media type, where
 * and when it was retrieved (null when not known), when the ledger recorded it, and its
 * length in characters.
 */
public record ArchiveVersion(SourceId sourceId, int version, String sha256, String mediaType, String url,
		Instant retrievedAt, Instant recordedAt, int characters) {

}

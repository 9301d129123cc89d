package org.policyledger.api.query;

import java.time.Instant;
import java.util.List;

/**
 * A fact as it stands now, every version it had (oldest first), and every correction or
 * retraction since it was recorded, each with its reason and sources. Asked for by the id
 * of a correction or retraction, {@code requested} is that amendment and {@code fact} the
 * fact it amends; asked for by a fact's own id, {@code requested} is null.
 */
public record Provenance(FactView fact, List<FactView> versions, List<Change> amendments, Change requested) {

	/** A correction or retraction of the fact. */
	public record Change(String factId, String type, String reason, Instant recordedAt, String recordedBy,
			List<SourceCitation> sources) {

	}

}

package org.policyledger.api.query;

import java.util.List;

import org.policyledger.api.FactId;
import org.policyledger.api.SourceId;

/**
 * A source whose text changed after facts cited it: its versions, and the citations
 * checked against an earlier version than the latest.
 */
public record ChangedSource(SourceId sourceId, List<ArchiveVersion> versions, List<CitedVersion> earlierCitations) {

	/** A citation, the version it was checked against, and the result. */
	public record CitedVersion(FactId factId, int position, int version, QuoteStatus status) {

	}

}

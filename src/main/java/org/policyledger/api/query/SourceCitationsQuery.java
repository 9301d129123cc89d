package org.policyledger.api.query;

import org.policyledger.api.FactId;
import org.policyledger.api.SourceId;

/**
 * The facts, as currently known, that cite a source, in fact-id order: {@code limit} of
 * them after the fact id {@code after} (from the first when it is null).
 */
public record SourceCitationsQuery(SourceId sourceId, FactId after, int limit) {

}

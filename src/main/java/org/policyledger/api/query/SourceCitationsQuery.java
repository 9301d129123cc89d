package org.policyledger.api.query;

import org.policyledger.api.SourceId;

/** Every fact that cites a source, as currently known. */
public record SourceCitationsQuery(SourceId sourceId) {

}

package org.policyledger.api.query;

import org.policyledger.api.SourceId;

/** The text of one archived version of a source. */
public record ArchiveTextQuery(SourceId sourceId, int version) {

}

package org.policyledger.api.query;

import org.policyledger.api.SourceId;

/** Every archived version of a source's text, oldest first. */
public record SourceArchivesQuery(SourceId sourceId) {

}

package org.policyledger.api.query;

import org.policyledger.api.PartialDate;
import org.policyledger.api.SourceId;

/** A citation with the source it points to: who published what, when, and the passage. */
public record SourceCitation(SourceId sourceId, String publisher, String title, PartialDate published, String url,
		String locator) {

}

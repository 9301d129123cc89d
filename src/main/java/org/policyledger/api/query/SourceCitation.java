package org.policyledger.api.query;

import org.policyledger.api.PartialDate;
import org.policyledger.api.SourceId;
import org.policyledger.api.SourceKind;

/**
 * A citation with the source it points to: who published what, when, what kind of source
 * it is (null when not stated), the passage, and whether the passage is in the source's
 * archived text.
 */
public record SourceCitation(SourceId sourceId, String publisher, String title, PartialDate published, String url,
		String locator, SourceKind kind, QuoteStatus quoteStatus) {

}

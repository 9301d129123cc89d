package org.policyledger.api.query;

import org.policyledger.api.FactId;

/**
 * Governance facts with a citation whose quote has the given status, in fact-id order:
 * {@code limit} of them after {@code after} (from the first when it is null).
 */
public record QuoteAuditQuery(QuoteStatus status, FactId after, int limit) {

}

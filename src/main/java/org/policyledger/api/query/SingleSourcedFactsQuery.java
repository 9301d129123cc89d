package org.policyledger.api.query;

import org.policyledger.api.FactId;

/**
 * Governance facts that rest on a single source, in fact-id order: {@code limit} of them
 * after the fact id {@code after} (from the first when it is null).
 */
public record SingleSourcedFactsQuery(FactId after, int limit) {

}

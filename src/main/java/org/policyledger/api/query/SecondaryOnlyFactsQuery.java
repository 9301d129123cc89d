package org.policyledger.api.query;

import org.policyledger.api.FactId;

/**
 * Governance facts, current and not retracted, none of whose sources is primary, in
 * fact-id order: {@code limit} of them after {@code after} (from the first when null).
 */
public record SecondaryOnlyFactsQuery(FactId after, int limit) {

}

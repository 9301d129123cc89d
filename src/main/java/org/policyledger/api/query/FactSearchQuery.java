package org.policyledger.api.query;

import org.policyledger.api.FactId;

/**
 * Governance facts as they stand now whose words contain {@code text}, ignoring case: the
 * summary, the quote, the speaker's name or role, the venue or the note. In fact-id
 * order, {@code limit} of them after {@code after} (from the first when null).
 */
public record FactSearchQuery(String text, FactId after, int limit) {

	/** The fewest characters searched for: fewer would match most of the ledger. */
	public static final int MIN_TEXT = 3;

}

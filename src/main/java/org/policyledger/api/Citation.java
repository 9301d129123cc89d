package org.policyledger.api;

/**
 * A source cited by a fact, with a locator: the quote or passage in the source that
 * supports the fact.
 */
public record Citation(SourceId source, String locator) {

	public static final int MAX_LOCATOR_LENGTH = 4000;

	public Citation {
		if (source == null) {
			throw new IllegalArgumentException("a citation needs a source");
		}
		if (locator == null || locator.isBlank()) {
			throw new IllegalArgumentException("the citation of " + source.describe()
					+ " needs a locator: the quote or passage that supports the fact");
		}
		if (locator.length() > MAX_LOCATOR_LENGTH) {
			throw new IllegalArgumentException("the locator citing " + source.describe() + " is longer than "
					+ MAX_LOCATOR_LENGTH + " characters");
		}
	}

}

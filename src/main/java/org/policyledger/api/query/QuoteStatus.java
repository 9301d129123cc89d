package org.policyledger.api.query;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a citation's quoted passage is in the archived text of its source. */
public enum QuoteStatus {

	/** Found, at an offset in the archived version it was checked against. */
	VERIFIED,

	/**
	 * Not in the archived version it was checked against; the nearest passage is given.
	 */
	NOT_FOUND,

	/** The source has no archived text yet. */
	NO_ARCHIVE;

	/**
	 * As written in answers and parameters: {@code verified}, {@code not-found},
	 * {@code no-archive}.
	 */
	@JsonValue
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@JsonCreator
	public static QuoteStatus of(String label) {
		return Arrays.stream(values())
			.filter(status -> status.label().equalsIgnoreCase(label) || status.name().equalsIgnoreCase(label))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown quote status '" + label + "'; expected verified, not-found or no-archive"));
	}

}

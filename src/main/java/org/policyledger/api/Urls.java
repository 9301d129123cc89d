package org.policyledger.api;

/** The shape of a link in a registration. */
final class Urls {

	static final String PATTERN = "https?://[^\\s]{1,2000}";

	static final String MESSAGE = "must be an http or https URL without spaces, at most 2000 characters";

	private Urls() {
	}

}

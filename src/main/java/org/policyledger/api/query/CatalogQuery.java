package org.policyledger.api.query;

/**
 * What is registered of one kind, in id order, a page at a time: every entry, or those
 * whose id, name (title) or aliases contain {@code text}, ignoring case, when it is not
 * null.
 */
public record CatalogQuery(Kind kind, String text, int offset, int limit) {

	/** What to list. */
	public enum Kind {

		ACTORS, TOPICS, INSTRUMENTS, SOURCES

	}

}

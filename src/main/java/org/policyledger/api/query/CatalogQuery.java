package org.policyledger.api.query;

/** Everything registered of one kind: actors, topics, instruments or sources. */
public record CatalogQuery(Kind kind) {

	/** What to list. */
	public enum Kind {

		ACTORS, TOPICS, INSTRUMENTS, SOURCES

	}

}

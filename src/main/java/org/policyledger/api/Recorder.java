package org.policyledger.api;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who put a fact into this ledger: an API principal, a command-line user, or the seed. It
 * travels in the event's metadata under {@value #META_DATA_KEY}, not in the fact.
 */
public record Recorder(@JsonValue String name) {

	public static final String META_DATA_KEY = "recordedBy";

	/** The seed data loaded at first start. */
	public static final Recorder SEED = new Recorder("seed");

	public Recorder {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new IllegalArgumentException("a recorder is named by 1 to 200 characters");
		}
	}

	/** A principal of the web API, by its configured name. */
	public static Recorder principal(String name) {
		return new Recorder(name);
	}

	/** The operating-system user running the command line. */
	public static Recorder commandLine(String user) {
		return new Recorder("cli:" + user);
	}

	@Override
	public String toString() {
		return name;
	}

}

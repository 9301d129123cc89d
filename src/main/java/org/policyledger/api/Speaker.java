package org.policyledger.api;

/**
 * Who spoke for the actor, and in what role (e.g. Michael Kratsios, Director of OSTP).
 */
public record Speaker(String name, String role) {

	public Speaker {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a speaker needs a name");
		}
	}

}

package org.policyledger.interchange;

/** An entry of a file that cannot be read as a command: which field, and why. */
class EntryException extends RuntimeException {

	private final String field;

	EntryException(String field, String reason) {
		super(reason);
		this.field = field;
	}

	String field() {
		return field;
	}

}

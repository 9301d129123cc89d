package org.policyledger.ledger;

import java.util.List;

/** A command whose fields are missing or malformed; each error names its field. */
public class InvalidCommandException extends RuntimeException {

	private final List<String> errors;

	public InvalidCommandException(List<String> errors) {
		super(String.join("; ", errors));
		this.errors = List.copyOf(errors);
	}

	public List<String> errors() {
		return errors;
	}

}

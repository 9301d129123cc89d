package org.policyledger.ledger;

import java.util.List;

/** A command whose fields are missing or malformed; each error names its field. */
public class InvalidCommandException extends RuntimeException {

	/** One field at fault, as a path into the command, and what is wrong with it. */
	public record Violation(String field, String message) {

		@Override
		public String toString() {
			return field + ": " + message;
		}

	}

	private final transient List<Violation> violations;

	public InvalidCommandException(List<Violation> violations) {
		super(String.join("; ", violations.stream().map(Violation::toString).toList()));
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}

	public List<String> errors() {
		return violations.stream().map(Violation::toString).toList();
	}

}

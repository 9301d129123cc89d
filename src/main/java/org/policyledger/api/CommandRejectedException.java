package org.policyledger.api;

/**
 * A command the ledger refuses, with a message that says why in the user's terms.
 */
public class CommandRejectedException extends RuntimeException {

	/** Why a command was refused; the web layer maps each to an HTTP status. */
	public enum Reason {

		/**
		 * It names an actor, topic, instrument, source or fact the ledger does not know.
		 */
		UNKNOWN_REFERENCE,
		/** It contradicts what is already recorded. */
		CONFLICT,
		/** It breaks a rule on its own terms (no source, a date in the future, ...). */
		INVALID

	}

	private final Reason reason;

	public CommandRejectedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public static CommandRejectedException unknown(LedgerId id) {
		return new CommandRejectedException(Reason.UNKNOWN_REFERENCE, "unknown " + id.describe());
	}

	public static CommandRejectedException conflict(String message) {
		return new CommandRejectedException(Reason.CONFLICT, message);
	}

	public static CommandRejectedException invalid(String message) {
		return new CommandRejectedException(Reason.INVALID, message);
	}

	public Reason reason() {
		return reason;
	}

}

package org.policyledger.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import org.springframework.core.NestedExceptionUtils;

/** Says in one line what went wrong, in the user's terms. */
final class Errors {

	private Errors() {
	}

	static String describe(Throwable ex) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(ex);
		String message = String.valueOf(root.getMessage());
		if (message.contains("already in use") || message.contains("Database may be already in use")) {
			return "the ledger's database is in use by another process (is the service running on this data"
					+ " directory?); stop it and try again";
		}
		if (root instanceof NoSuchFileException missing) {
			return "no such file: " + missing.getFile()
					+ (missing.getReason() == null ? "" : " (" + missing.getReason() + ")");
		}
		if (root instanceof AccessDeniedException denied) {
			return "cannot read or write " + denied.getFile() + ": permission denied";
		}
		return ex == root ? message : message
				+ (ex.getMessage() == null || ex.getMessage().contains(message) ? "" : " (" + ex.getMessage() + ")");
	}

}

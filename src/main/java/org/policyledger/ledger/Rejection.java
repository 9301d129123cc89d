package org.policyledger.ledger;

/**
 * Why an entry of a file was refused: the file and line, the field or column at fault
 * when one is, and the reason.
 */
public record Rejection(String file, long line, String field, String reason) {

	@Override
	public String toString() {
		return file + ":" + line + (field == null ? "" : ": " + field) + ": " + reason;
	}

}

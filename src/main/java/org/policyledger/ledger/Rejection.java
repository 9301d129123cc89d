package org.policyledger.ledger;

import java.util.List;

/**
 * Why an entry of a file was refused: the file and line, the field or column at fault
 * when one is, and the reason.
 */
public record Rejection(String file, long line, String field, String reason) {

	/** The rejections of an entry whose fields are malformed, one per field. */
	public static List<Rejection> of(BatchEntry entry, InvalidCommandException invalid) {
		return invalid.violations()
			.stream()
			.map(violation -> new Rejection(entry.file(), entry.line(), violation.field(), violation.message()))
			.toList();
	}

	@Override
	public String toString() {
		return file + ":" + line + (field == null ? "" : ": " + field) + ": " + reason;
	}

}

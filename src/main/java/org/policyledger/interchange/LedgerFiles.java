package org.policyledger.interchange;

import com.fasterxml.jackson.databind.JsonNode;

/** What the ledger's own files (JSON and NDJSON) have in common. */
final class LedgerFiles {

	/** The format name every ledger file declares in its {@code format} field. */
	static final String FORMAT = "policy-ledger/1";

	private LedgerFiles() {
	}

	static void requireFormat(JsonNode format, String file, long line) {
		if (format == null || !FORMAT.equals(format.asText())) {
			throw new MalformedFileException(file + ":" + line + ": unsupported format '"
					+ (format == null ? "" : format.asText()) + "': expected \"format\": \"" + FORMAT + "\"", null);
		}
	}

}

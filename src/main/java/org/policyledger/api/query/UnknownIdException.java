package org.policyledger.api.query;

import org.policyledger.api.LedgerId;

/** A query about an actor, topic, instrument, source or fact the ledger does not know. */
public class UnknownIdException extends RuntimeException {

	public UnknownIdException(LedgerId id) {
		super("unknown " + id.describe());
	}

	private UnknownIdException(String message) {
		super(message);
	}

	/** A version of a source's archived text that does not exist. */
	public static UnknownIdException noArchive(LedgerId source, int version) {
		return new UnknownIdException(source.describe() + " has no archived version " + version);
	}

	/** A fact the read model lists but cannot show: its rows disagree with each other. */

	public static UnknownIdException unreadable(LedgerId id) {
		return new UnknownIdException(id.describe() + " is listed in the read model without its versions;"
				+ " run verify, or rebuild the read models (POST /api/admin/rebuild)");
	}

}

package org.policyledger.api.query;

import org.policyledger.api.LedgerId;

/** A query about an actor, topic, instrument, source or fact the ledger does not know. */
public class UnknownIdException extends RuntimeException {

	public UnknownIdException(LedgerId id) {
		super("unknown " + id.describe());
	}

}

package org.policyledger.interchange;

import org.policyledger.ledger.Rejection;

/** An entry that cannot be read; reading goes on with the next one. */
public class UnreadableEntryException extends RuntimeException {

	private final transient Rejection rejection;

	public UnreadableEntryException(Rejection rejection) {
		super(rejection.toString());
		this.rejection = rejection;
	}

	public Rejection rejection() {
		return rejection;
	}

}

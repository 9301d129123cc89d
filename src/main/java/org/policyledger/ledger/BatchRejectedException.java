package org.policyledger.ledger;

/** A batch written nothing because one of its entries was refused. */
public class BatchRejectedException extends RuntimeException {

	private final transient Rejection rejection;

	BatchRejectedException(Rejection rejection) {
		super(rejection.toString());
		this.rejection = rejection;
	}

	public Rejection rejection() {
		return rejection;
	}

}

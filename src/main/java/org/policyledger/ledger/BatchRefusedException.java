package org.policyledger.ledger;

import java.util.List;

/**
 * An all-or-nothing batch sent in one request recorded nothing, because some of its facts
 * were refused: each refusal names its fact by index (the rejection's line, counted from
 * 0).
 */
public class BatchRefusedException extends RuntimeException {

	/** The file a request's entries are said to come from. */
	static final String REQUEST = "request";

	private final transient List<Rejection> refusals;

	private final boolean malformed;

	BatchRefusedException(List<Rejection> refusals, boolean malformed) {
		super(refusals.size() + (refusals.size() == 1 ? " refusal" : " refusals") + "; nothing was recorded");
		this.refusals = List.copyOf(refusals);
		this.malformed = malformed;
	}

	public List<Rejection> refusals() {
		return refusals;
	}

	/** Whether facts were refused for their fields, before the ledger tried any. */
	public boolean malformed() {
		return malformed;
	}

}

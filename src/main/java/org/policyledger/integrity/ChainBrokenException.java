package org.policyledger.integrity;

/**
 * The chain no longer matches the stored events, so no digest or proof is issued: its
 * message names the first position that does not match. {@code verify} says more.
 */
public class ChainBrokenException extends RuntimeException {

	ChainBrokenException(ChainCheck check) {
		super("the ledger's chain does not match its stored events at position " + check.position() + ": "
				+ check.problem() + "; no digest or proof is issued until this is resolved (run verify)");
	}

}

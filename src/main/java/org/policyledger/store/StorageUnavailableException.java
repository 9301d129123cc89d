package org.policyledger.store;

/**
 * A request refused, or failed, because the ledger cannot write: its disk is (nearly)
 * full, or its database closed itself after a failed write. Nothing of the request was
 * recorded; it can be sent again once space is freed.
 */
public class StorageUnavailableException extends RuntimeException {

	StorageUnavailableException(String reason) {
		super(reason + "; nothing was recorded, and writes resume by themselves once space is freed");
	}

}

package org.policyledger.interchange;

/** An upload over the most an import may have. */
public class UploadTooLargeException extends RuntimeException {

	public UploadTooLargeException(long maxBytes) {
		super("the upload is larger than the limit of " + maxBytes + " bytes (ledger.web.max-import-size)");
	}

}

package org.policyledger.interchange;

/** An upload over the most its setting allows. */
public class UploadTooLargeException extends RuntimeException {

	public static final String IMPORT_SETTING = "ledger.web.max-import-size";

	public static final String ARCHIVE_SETTING = "ledger.web.max-archive-size";

	public UploadTooLargeException(long maxBytes, String setting) {
		super("the upload is larger than the limit of " + maxBytes + " bytes (" + setting + ")");
	}

}

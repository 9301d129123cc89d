package org.policyledger.interchange;

/**
 * A document that cannot be turned into text: of a media type the ledger does not read
 * ({@link #unsupportedType()}), or not what its type says.
 */
public class UnreadableDocumentException extends RuntimeException {

	private final boolean unsupportedType;

	UnreadableDocumentException(String message, boolean unsupportedType) {
		super(message);
		this.unsupportedType = unsupportedType;
	}

	public boolean unsupportedType() {
		return unsupportedType;
	}

}

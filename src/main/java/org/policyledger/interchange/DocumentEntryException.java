package org.policyledger.interchange;

/** A document entry the ledger refused; says which entry, and why. */
public class DocumentEntryException extends RuntimeException {

	DocumentEntryException(String section, int index, RuntimeException cause) {
		super(section + "[" + index + "]: " + cause.getMessage(), cause);
	}

}

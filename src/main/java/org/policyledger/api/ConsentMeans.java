package org.policyledger.api;

/**
 * How a state expresses its consent to be bound by a treaty (Vienna Convention on the Law
 * of Treaties, articles 11 to 16): ratification, acceptance or approval after signing it,
 * or accession without having signed it.
 */
public enum ConsentMeans {

	RATIFICATION, ACCEPTANCE, APPROVAL, ACCESSION;

	/** Whether this means follows a signature of the treaty. */
	public boolean followsSignature() {
		return this != ACCESSION;
	}

}

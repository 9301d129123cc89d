package org.policyledger.api;

/** How a resolution was adopted. */
public enum AdoptionMethod {

	CONSENSUS, VOTE

}

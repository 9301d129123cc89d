package org.policyledger.api;

/** How a resolution was adopted. */
public enum AdoptionMethod {

	/** Adopted by consensus, as the body announced it. */
	CONSENSUS,

	/** Adopted on a recorded vote, with its tally. */
	VOTE,

	/**
	 * Adopted without a vote: the General Assembly's usual way, with no tally and no
	 * claim that every member agreed.
	 */
	WITHOUT_VOTE

}

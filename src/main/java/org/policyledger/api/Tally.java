package org.policyledger.api;

/** The counts of a recorded vote. */
public record Tally(int yes, int no, int abstain) {

	public Tally {
		if (yes < 0 || no < 0 || abstain < 0) {
			throw new IllegalArgumentException(
					"a tally counts votes and cannot be negative: " + yes + "/" + no + "/" + abstain);
		}
	}

}

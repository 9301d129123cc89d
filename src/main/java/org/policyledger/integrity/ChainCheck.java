package org.policyledger.integrity;

/**
 * What recomputing the chain found: intact over {@code events} positions with this last
 * link, or broken first at {@code position}, for the reason given.
 */
public record ChainCheck(boolean intact, long position, String chainHash, String problem) {

	static ChainCheck intact(long events, String chainHash) {
		return new ChainCheck(true, events, chainHash, null);
	}

	static ChainCheck broken(long position, String problem) {
		return new ChainCheck(false, position, null, problem);
	}

}

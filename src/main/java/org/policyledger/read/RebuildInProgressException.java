package org.policyledger.read;

/**
 * The read models are being rebuilt from the event store and do not yet hold every event
 * stored before the rebuild began: an answer now would be half of one.
 */
public class RebuildInProgressException extends RuntimeException {

	public RebuildInProgressException(long position, long until) {
		super(String.format("the read models are being rebuilt from the event store (%,d of %,d events replayed);"
				+ " answers resume when the rebuild is done", Math.max(position + 1, 0), until + 1));
	}

}

package org.policyledger.read;

/**
 * How far the read models are: the global index of the last event processed and of the
 * last event stored, how many events they are behind, whether a rebuild is replaying the
 * events stored before it began (reads wait for it), and how many events no projection
 * could process (parked as dead letters; answers that depend on them are incomplete).
 */
public record ReadModelStatus(long position, long head, long behind, boolean caughtUp, boolean rebuilding,
		long deadLetters) {

	/** Whether every answer reflects every stored event. */
	public boolean complete() {
		return caughtUp && deadLetters == 0;
	}

}

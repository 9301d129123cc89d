package org.policyledger.interchange;

/** Hears how far a long import or export has come. */
public interface ProgressListener {

	ProgressListener NONE = (done, fraction) -> {
	};

	/**
	 * @param done entries handled so far
	 * @param fraction how much of the whole that is, from 0 to 1; negative when unknown
	 */
	void progress(long done, double fraction);

	/**
	 * As {@link #progress(long, double)}, with how many of the entries done were refused;
	 * an import says both.
	 */
	default void progress(long done, long refused, double fraction) {
		progress(done, fraction);
	}

}

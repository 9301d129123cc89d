package org.policyledger.interchange;

import java.time.Instant;

/**
 * An import sent to the running service, as far as it has come: {@code done} entries
 * handled, {@code refused} of them refused ({@code fraction} of the file, negative while
 * unknown), at {@code entriesPerSecond}; once it has ended, its {@code report}, or the
 * {@code error} that ended it. An import that refuses a file with a bad entry reads and
 * checks it all before writing, and says what it refused in its report.
 */
public record ImportJob(String id, State state, FileFormat format, boolean skipBad, long bytes, String recordedBy,
		Instant submittedAt, Instant startedAt, Instant finishedAt, long done, long refused, double fraction,
		double entriesPerSecond, ImportReport report, String error) {

	/** Where a job stands. */
	public enum State {

		/** Waiting for the import before it to end. */
		QUEUED,
		/** Being checked or written. */
		RUNNING,
		/**
		 * Every entry imported (with --skip-bad, the good ones; the report lists the
		 * others).
		 */
		DONE,
		/**
		 * Stopped at a refused entry: nothing written when the report has no batches, the
		 * earlier batches otherwise (sending the fixed file again resumes).
		 */
		REFUSED,
		/** Ended by an error, such as a file that cannot be read as its format. */
		FAILED;

		public boolean ended() {
			return this != QUEUED && this != RUNNING;
		}

	}

}

package org.policyledger.interchange;

import java.io.Closeable;
import java.io.IOException;

import org.policyledger.ledger.BatchEntry;

/**
 * Reads the entries of a file one at a time, so that files of any size stream through. An
 * entry that cannot be read throws {@link UnreadableEntryException} and reading can go
 * on; a file that cannot be read further throws {@link MalformedFileException}.
 */
public interface EntryReader extends Closeable {

	/** The next entry, or null after the last. */
	BatchEntry next() throws IOException;

	/** How much of the input has been read, from 0 to 1; negative when unknown. */
	double fractionRead();

	/**
	 * The SHA-256 of the input's bytes read so far: two readings of an input that give
	 * the same digest after the same entry have read the same bytes up to there. Null
	 * when the reader cannot tell. A reader of entries made rather than read may stand
	 * for the bytes by what makes them, when that always makes the same entries.
	 */
	default byte[] digestSoFar() {
		return null;
	}

}

package org.policyledger.interchange;

import java.io.Closeable;
import java.io.IOException;

import org.policyledger.api.SourceArchived;
import org.policyledger.api.FactEvent;
import org.policyledger.api.Registration;

/**
 * Writes a ledger's entries in one format: every registration first, section by section,
 * with the sources' archived texts after the sources, then every fact, each in the order
 * the ledger recorded them.
 */
interface EntryWriter extends Closeable {

	/** Called as each section starts, registrations and facts alike. */
	void section(Section section) throws IOException;

	void registration(Registration registration) throws IOException;

	/** A version of a source's archived text. */
	void archive(SourceArchived archived) throws IOException;

	/**
	 * A fact, with the time it was first recorded when another ledger recorded it (or
	 * null).
	 */
	void fact(FactEvent fact, String originallyRecordedAt) throws IOException;

}

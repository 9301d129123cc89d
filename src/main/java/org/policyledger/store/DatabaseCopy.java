package org.policyledger.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.policyledger.database.Databases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A consistent copy of the whole H2 database, taken while the service runs and writes:
 * H2's {@code BACKUP TO}, a zip of the database file, which unzipped into an empty data
 * directory is the ledger as it stood (events, chain, read models and their progress).
 * PostgreSQL's copies are {@code pg_dump}'s job.
 */
@Component
public class DatabaseCopy {

	private final JdbcTemplate jdbc;

	DatabaseCopy(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the store is H2, which this copy is for. */
	public boolean supported() {
		return Databases.isH2(jdbc);
	}

	/**
	 * Writes the zip to the stream. H2 writes it to a file beside the database first (it
	 * needs that much free space there), deleted once sent.
	 */
	public void copyTo(OutputStream out) {
		try {
			Path database = Path.of(jdbc.queryForObject("select database_path()", String.class));
			Path zip = Files.createTempFile(database.toAbsolutePath().getParent(), "database-copy-", ".zip");
			try {
				jdbc.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
				Files.copy(zip, out);
			}
			finally {
				Files.deleteIfExists(zip);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package org.policyledger.store;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bulk writes by a process that holds an H2 database alone, as the {@code import} command
 * does. Started with {@value #WRITE_DELAY} at {@value #DELAY_MS} ms, H2 writes committed
 * batches to its file in the background, on the second core while the next batch is
 * decided, instead of within each commit. {@link #sync()} writes everything committed and
 * forces it to the disk, before the work reports that it is done. A process killed
 * meanwhile loses at most the last second of commits, whole, and the file stays
 * consistent: an import run again writes them. PostgreSQL's commits stay as configured.
 */
@Component
public class BulkWrites {

	/** The property the H2 data source's {@code WRITE_DELAY} comes from. */
	public static final String WRITE_DELAY = "ledger.h2.write-delay";

	/** The delay for bulk writes. */
	public static final int DELAY_MS = 1000;

	/** The Spring argument that starts a ledger for bulk writes. */
	public static final String ARGUMENT = "--" + WRITE_DELAY + "=" + DELAY_MS;

	private final JdbcTemplate jdbc;

	private final int writeDelay;

	BulkWrites(JdbcTemplate jdbc, @Value("${" + WRITE_DELAY + "}") int writeDelay) {
		this.jdbc = jdbc;
		this.writeDelay = writeDelay;
	}

	/**
	 * Writes every committed change to the file and forces it to the disk, where H2 was
	 * started with a write delay; otherwise each commit reached the file as it was made.
	 */
	public void sync() {
		if (writeDelay > 0 && Databases.isH2(jdbc)) {
			jdbc.execute("CHECKPOINT SYNC");
		}
	}

}

package org.policyledger.store;

import org.policyledger.database.Databases;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk writes by a process that imports, as the {@code import} command does. Started with
 * {@link #arguments()}, each commit returns before it is on the disk, and the next batch
 * is decided meanwhile: on H2, which the process holds alone, the file is written in the
 * background ({@value #WRITE_DELAY} at {@value #DELAY_MS} ms); on PostgreSQL the ledger's
 * connections commit with {@code synchronous_commit} off
 * ({@link PostgresSynchronousCommit}). {@link #sync()} forces everything committed to the
 * disk before the work reports that it is done. A crash meanwhile loses at most the last
 * second of commits, whole, and the database stays consistent: an import run again writes
 * them.
 */
@Component
public class BulkWrites {

	/** The property the H2 data source's {@code WRITE_DELAY} comes from. */
	public static final String WRITE_DELAY = "ledger.h2.write-delay";

	/**
	 * The property that has imports store each batch while they decide the next, which
	 * only a process whose imports run while nothing else writes may set.
	 */
	public static final String WRITE_BEHIND = "ledger.import.write-behind";

	/** The delay for bulk writes. */
	public static final int DELAY_MS = 1000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final int writeDelay;

	BulkWrites(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${" + WRITE_DELAY + "}") int writeDelay) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.writeDelay = writeDelay;
	}

	/**
	 * The Spring arguments that start a ledger for bulk writes, in a process that imports
	 * alone: its imports store each batch while they decide the next
	 * ({@value #WRITE_BEHIND}).
	 */
	public static String[] arguments() {
		return new String[] { "--" + WRITE_DELAY + "=" + DELAY_MS, "--" + PostgresSynchronousCommit.PROPERTY + "=off",
				"--" + WRITE_BEHIND + "=true" };
	}

	/**
	 * Forces every committed change to the disk. H2 started with a write delay writes its
	 * file and syncs it. On PostgreSQL one transaction commits with
	 * {@code synchronous_commit} on: its commit waits for the write-ahead log to be
	 * flushed up to its own record, so every commit before it is flushed too.
	 */
	public void sync() {
		if (Databases.isH2(jdbc)) {
			if (writeDelay > 0) {
				jdbc.execute("CHECKPOINT SYNC");
			}
			return;
		}
		transaction.executeWithoutResult(status -> {
			jdbc.execute("set local synchronous_commit = on");
			// a transaction id, so that the commit writes a record to wait for
			jdbc.queryForObject("select pg_current_xact_id()", Object.class);
		});
	}

}

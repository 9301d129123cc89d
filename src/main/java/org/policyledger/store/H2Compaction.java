package org.policyledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * H2's file kept close to its live data while the ledger writes with
 * {@code WRITE_DELAY=0}.
 * <p>
 * Each commit writes the pages it changed as a new chunk, and a chunk's space is reused
 * only once none of its pages is live. After a run of small commits most chunks hold a
 * few live pages each: 4% of the bench's 17.5 GB file at 1M facts was live. With a write
 * delay H2's background writer rewrites such chunks; with none it never runs. So every
 * {@code check}, while the chunks are less than {@code fill-rate} percent live, this
 * rewrites the live pages of the sparsest ones, at most {@code write} bytes a round, each
 * round written at once and followed by a {@code pause} in which waiting commits take the
 * store, for at most {@code rounds} rounds. It moves no chunk: moving is where H2 2.3.232
 * loses rows (docs/reliability.md).
 * <p>
 * A freed chunk is reused once it is older than H2's retention time (45 s), which is left
 * as it is: H2 reads pages of older versions for that long. With 5 s, reading an index's
 * size failed on a chunk already reused (docs/performance.md).
 */
@Component
public class H2Compaction implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(H2Compaction.class);

	private final JdbcTemplate jdbc;

	private final int fillRate;

	private final int write;

	private final int rounds;

	private final Duration pause;

	private final ScheduledExecutorService checks;

	H2Compaction(JdbcTemplate jdbc, @Value("${" + BulkWrites.WRITE_DELAY + "}") int writeDelay,
			@Value("${ledger.h2.compaction.fill-rate}") int fillRate,
			@Value("${ledger.h2.compaction.write}") DataSize write, @Value("${ledger.h2.compaction.rounds}") int rounds,
			@Value("${ledger.h2.compaction.pause}") Duration pause,
			@Value("${ledger.h2.compaction.check}") Duration every) {
		this.jdbc = jdbc;
		this.fillRate = fillRate;
		this.write = Math.toIntExact(write.toBytes());
		this.rounds = rounds;
		this.pause = pause;
		this.checks = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "h2-compaction");
			thread.setDaemon(true);
			return thread;
		});
		if (writeDelay == 0 && fillRate > 0 && Databases.isH2(jdbc)) {
			checks.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Rewrites the sparsest chunks, a round at a time, until they reach the fill rate or
	 * the rounds are spent; the rounds that rewrote something.
	 */
	public int compact() {
		return jdbc.execute((ConnectionCallback<Integer>) this::compact);
	}

	private int compact(Connection connection) throws SQLException {
		MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
			.getStore()
			.getMvStore();
		int done = 0;
		for (int round = 0; round < rounds && store.getFileStore().getChunksFillRate() < fillRate; round++) {
			// false also when a commit held the store for 10 ms
			if (store.compact(fillRate, write)) {
				store.commit();
				done++;
			}
			if (!pause()) {
				break;
			}
		}
		if (done > 0) {
			log.debug("Rewrote the sparsest chunks {} times; the chunks are {}% live", done,
					store.getFileStore().getChunksFillRate());
		}
		return done;
	}

	private boolean pause() {
		try {
			Thread.sleep(pause.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void check() {
		try {
			compact();
		}
		catch (RuntimeException ex) {
			log.warn("Could not compact the H2 file; it will be tried again", ex);
		}
	}

	@Override
	public void destroy() {
		checks.shutdownNow();
	}

}

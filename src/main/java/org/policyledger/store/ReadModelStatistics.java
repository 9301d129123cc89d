package org.policyledger.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.policyledger.database.Databases;
import org.policyledger.read.ReadModelMaintenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's statistics once the read models have caught up with many events. Plans
 * made on statistics taken before a large import or rebuild read a topic's stances from
 * the table rows of every topic of each actor, several times slower (docs/performance.md,
 * "Fact versions that carry their recording"); autovacuum analyses the new rows within a
 * minute or so, and until then the answers get those plans. Once the read models have
 * caught up with {@code ledger.read-model.analyze-after} events or more since the last
 * time, this analyses the database. H2 analyses a table itself as its rows change.
 */
@Component
public class ReadModelStatistics implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ReadModelStatistics.class);

	private final ReadModelMaintenance readModel;

	private final JdbcTemplate jdbc;

	private final long after;

	private final ScheduledExecutorService checks;

	private Boolean h2;

	/** The read models' position when the database was last analysed here. */
	private long analysedAt = -1;

	ReadModelStatistics(ReadModelMaintenance readModel, JdbcTemplate jdbc,
			@Value("${ledger.read-model.analyze-after}") long after,
			@Value("${ledger.read-model.analyze-check}") Duration every) {
		this.readModel = readModel;
		this.jdbc = jdbc;
		this.after = after;
		this.checks = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "read-model-statistics");
			thread.setDaemon(true);
			return thread;
		});
		checks.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Analyses the database if the read models have caught up with enough events since it
	 * was last analysed here; whether it did.
	 */
	public synchronized boolean refreshIfStale() {
		if (h2 == null) {
			h2 = Databases.isH2(jdbc);
		}
		if (h2 || !readModel.isCaughtUp()) {
			return false;
		}
		long position = readModel.position();
		if (position - analysedAt < after) {
			return false;
		}
		jdbc.execute("analyze");
		log.info("Analysed the database: the read models caught up with {} events since the last time",
				position - analysedAt);
		analysedAt = position;
		return true;
	}

	private void check() {
		try {
			refreshIfStale();
		}
		catch (RuntimeException ex) {
			log.warn("Could not analyse the database; autovacuum will", ex);
		}
	}

	@Override
	public void destroy() {
		checks.shutdownNow();
	}

}

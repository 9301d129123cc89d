package org.policyledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.unit.DataSize;

/**
 * H2's sparse chunks rewritten on an open file: a table and an index changed by one-row
 * commits, as the ledger's appends and projections change theirs. No retention time, so
 * that the test need not wait for the chunks to age.
 */
class H2CompactionTest {

	private static final int ROWS = 4_000;

	private static final int FILL_RATE = 50;

	@TempDir
	Path dir;

	private SingleConnectionDataSource dataSource;

	private JdbcTemplate jdbc;

	private H2Compaction compaction;

	@BeforeEach
	void open() {
		dataSource = openFile();
		jdbc = new JdbcTemplate(dataSource);
		compaction = new H2Compaction(jdbc, 0, FILL_RATE, DataSize.ofKilobytes(256), 1_000, Duration.ZERO,
				Duration.ofHours(1));
	}

	@AfterEach
	void close() {
		compaction.destroy();
		dataSource.destroy();
	}

	private SingleConnectionDataSource openFile() {
		return new SingleConnectionDataSource("jdbc:h2:file:" + dir.resolve("db")
				+ ";WRITE_DELAY=0;COMPRESS=TRUE;MAX_COMPACT_TIME=0;RETENTION_TIME=0", "sa", "", true);
	}

	/** Every row inserted, then each changed once in random order, one commit each. */
	private void scatterChanges() {
		jdbc.execute("create table t(id int primary key, v varchar(100))");
		jdbc.execute("create index t_v on t(v)");
		for (int id = 0; id < ROWS; id++) {
			jdbc.update("insert into t values (?, ?)", id, "first " + id);
		}
		SplittableRandom random = new SplittableRandom(7);
		int[] order = random.ints(0, ROWS).distinct().limit(ROWS).toArray();
		for (int id : order) {
			jdbc.update("update t set v = ? where id = ?", "second " + id, id);
		}
	}

	private int chunksFillRate() {
		return jdbc.queryForObject("select cast(setting_value as int) from information_schema.settings"
				+ " where setting_name = 'info.CHUNKS_FILL_RATE'", Integer.class);
	}

	@Test
	void rewritesSparseChunksUntilTheyReachTheFillRate() {
		scatterChanges();
		assertThat(chunksFillRate()).isLessThan(FILL_RATE);

		assertThat(compaction.compact()).isPositive();

		assertThat(chunksFillRate()).isGreaterThanOrEqualTo(FILL_RATE);
	}

	@Test
	void leavesChunksAloneOnceTheyAreLiveEnough() {
		scatterChanges();
		compaction.compact();

		assertThat(compaction.compact()).isZero();
	}

	@Test
	void keepsEveryRowItRewroteAfterTheFileIsOpenedAgain() {
		scatterChanges();
		compaction.compact();
		close();

		open();
		assertThat(jdbc.queryForObject("select count(*) from t where v = 'second ' || id", Integer.class))
			.isEqualTo(ROWS);
		assertThat(jdbc.queryForObject("select count(*) from t where v like 'second %'", Integer.class))
			.isEqualTo(ROWS);
	}

}

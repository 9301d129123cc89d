package org.policyledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

/**
 * H2 files written as the ledger writes its own (pages compressed, each commit written at
 * once, nothing moved at close), compacted once closed.
 */
class FileCompactionTest {

	private static final int ROWS = 3000;

	@TempDir
	Path dir;

	private String url() {
		return "jdbc:h2:file:" + dir.resolve("ledger") + ";COMPRESS=TRUE;WRITE_DELAY=0;MAX_COMPACT_TIME=0";
	}

	private FileCompaction compaction(int belowLive, DataSize minSize) {
		return new FileCompaction(url(), "sa", "", new CompactionProperties(belowLive, minSize));
	}

	private long fileSize() throws Exception {
		return Files.size(dir.resolve("ledger.mv.db"));
	}

	/**
	 * A file mostly dead: rows inserted one commit each under a random unique key, then
	 * nine in ten deleted, as a catch-up's pages are superseded.
	 */
	private List<String> sparseFile() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(), "sa", "")) {
			createTable(connection);
			SplittableRandom random = new SplittableRandom(7);
			try (PreparedStatement insert = connection.prepareStatement("insert into t values (?, ?, ?)")) {
				for (int i = 0; i < ROWS; i++) {
					insert.setInt(1, i);
					insert.setString(2, Long.toHexString(random.nextLong()));
					insert.setString(3, "row " + i + " " + "x".repeat(200));
					insert.executeUpdate();
				}
			}
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("delete from t where mod(id, 10) <> 0");
			}
			return rows(connection);
		}
	}

	/** A file written in one transaction and nothing deleted. */
	private List<String> denseFile() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(), "sa", "")) {
			createTable(connection);
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate(
						"insert into t select x, 'k' || x, repeat('y', 200) from system_range(1, " + ROWS + ")");
			}
			connection.commit();
			return rows(connection);
		}
	}

	private static void createTable(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("create table t (id int primary key, k varchar(32) not null unique, v varchar(400))");
		}
	}

	private List<String> rows() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(), "sa", "")) {
			return rows(connection);
		}
	}

	private static List<String> rows(Connection connection) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select id, k, v from t order by k")) {
			while (result.next()) {
				rows.add(result.getInt(1) + "|" + result.getString(2) + "|" + result.getString(3));
			}
		}
		return rows;
	}

	@Test
	void compactsAFileLessLiveThanTheSettingAndKeepsEveryRow() throws Exception {
		List<String> rows = sparseFile();
		long before = fileSize();

		FileCompaction.Outcome outcome = compaction(50, DataSize.ofBytes(0)).ifSparse().orElseThrow();

		assertThat(outcome.bytesBefore()).isEqualTo(before);
		assertThat(outcome.bytesAfter()).isEqualTo(fileSize()).isLessThan(before / 2);
		assertThat(outcome.file()).isEqualTo(dir.resolve("ledger.mv.db"));
		assertThat(rows()).hasSize(ROWS / 10).isEqualTo(rows);
	}

	@Test
	void leavesAFileAtLeastAsLiveAsTheSettingAsItIs() throws Exception {
		List<String> rows = denseFile();
		long before = fileSize();

		assertThat(compaction(1, DataSize.ofBytes(0)).ifSparse()).isEmpty();

		// opened to read how much of it is live, and closed: not rewritten smaller
		assertThat(fileSize()).isGreaterThanOrEqualTo(before);
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void leavesAFileUnderTheMinimumSizeAsItIs() throws Exception {
		sparseFile();
		long before = fileSize();

		assertThat(compaction(50, DataSize.ofBytes(before + 1)).ifSparse()).isEmpty();

		assertThat(fileSize()).isEqualTo(before);
	}

	@Test
	void leavesEveryFileAsItIsWithTheSettingAtZero() throws Exception {
		sparseFile();
		long before = fileSize();

		assertThat(compaction(0, DataSize.ofBytes(0)).ifSparse()).isEmpty();

		assertThat(fileSize()).isEqualTo(before);
	}

	@Test
	void compactsOnRequestHoweverMuchOfTheFileIsLive() throws Exception {
		List<String> rows = denseFile();

		FileCompaction.Outcome outcome = compaction(0, DataSize.ofGigabytes(1)).compact();

		assertThat(outcome.bytesAfter()).isEqualTo(fileSize());
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void opensTheFileAsItWasAfterACompactionKilledBeforeItsRename() throws Exception {
		List<String> rows = sparseFile();
		long before = fileSize();
		Path copy = dir.resolve("ledger.mv.db.tempFile");
		Files.write(copy, new byte[] { 1, 2, 3 });

		assertThat(rows()).isEqualTo(rows);

		assertThat(copy).as("the copy H2 was writing, removed when the file is next opened").doesNotExist();
		assertThat(fileSize()).isGreaterThanOrEqualTo(before);
	}

	@Test
	void leavesAMissingFileAlone() throws Exception {
		assertThat(compaction(100, DataSize.ofBytes(0)).ifSparse()).isEmpty();

		assertThat(dir.resolve("ledger.mv.db")).doesNotExist();
	}

	@Test
	void hasNothingToDoForPostgreSQL() throws Exception {
		FileCompaction postgres = new FileCompaction("jdbc:postgresql://127.0.0.1:5432/ledger", "ledger", "",
				new CompactionProperties(100, DataSize.ofBytes(0)));

		assertThat(postgres.supported()).isFalse();
		assertThat(postgres.ifSparse()).isEmpty();
		assertThatThrownBy(postgres::compact).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("PostgreSQL reuses the space");
	}

	@Test
	void describesWhatItDidInOneLine() {
		FileCompaction.Outcome outcome = new FileCompaction.Outcome(Path.of("data/ledger.mv.db"), 1_189_191_680L,
				412_606_464L, java.time.Duration.ofMillis(9_240));

		assertThat(outcome.describe()).isEqualTo("compacted data/ledger.mv.db from 1,134 MB to 393 MB in 9.2 s");
	}

}

package org.policyledger.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The H2 file rewritten to its live pages, once the ledger that wrote it is closed. An
 * open H2 file keeps every page a commit superseded until no page of its chunk is live
 * (docs/performance.md), so bulk work (a catch-up, a replay, a full {@code verify})
 * leaves a file several times its data. H2's {@code SHUTDOWN COMPACT} copies the live
 * pages into a new file and puts it in place of the old one in one rename; the old file
 * stays whole until then, so a process killed meanwhile leaves the ledger as it was. It
 * moves no chunk inside the file, the step that loses rows in H2 2.3.232
 * (docs/reliability.md). PostgreSQL reuses its space by vacuum and has nothing to do
 * here.
 */
@Component
@EnableConfigurationProperties(CompactionProperties.class)
public class FileCompaction {

	private static final String H2_FILE = "jdbc:h2:file:";

	private static final String SETTINGS = "select setting_name, setting_value from information_schema.settings"
			+ " where setting_name in ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')";

	private final String url;

	private final String user;

	private final String password;

	private final int belowLivePercent;

	private final long minimumBytes;

	/** A file compacted: how large it was, how large it is, how long it took. */
	public record Outcome(Path file, long bytesBefore, long bytesAfter, Duration took) {

		public String describe() {
			return String.format("compacted %s from %,d MB to %,d MB in %.1f s", file, megabytes(bytesBefore),
					megabytes(bytesAfter), took.toMillis() / 1000.0);
		}

		private static long megabytes(long bytes) {
			return Math.round(bytes / 1_048_576.0);
		}

	}

	FileCompaction(@Value("${spring.datasource.url}") String url, @Value("${spring.datasource.username:}") String user,
			@Value("${spring.datasource.password:}") String password, CompactionProperties properties) {
		this.url = url;
		this.user = user;
		this.password = password;
		this.belowLivePercent = properties.belowLive();
		this.minimumBytes = properties.minSize().toBytes();
	}

	/** Whether the ledger is stored in an H2 file, which is what this compacts. */
	public boolean supported() {
		return url.startsWith(H2_FILE);
	}

	/**
	 * Compacts the closed ledger's H2 file if it is at least
	 * {@code ledger.h2.compact.min-size} and less than
	 * {@code ledger.h2.compact.below-live} percent of it is live.
	 * @return the outcome, empty where the file was left as it is
	 * @throws SQLException if H2 could not open or compact the file (another process
	 * holds it, the disk is full); the file is then as it was
	 */
	public Optional<Outcome> ifSparse() throws SQLException {
		if (!supported() || belowLivePercent == 0 || !Files.exists(file()) || size(file()) < minimumBytes) {
			return Optional.empty();
		}
		return shutdownCompact(false);
	}

	/**
	 * Compacts the closed ledger's H2 file, however much of it is live.
	 * @throws SQLException as {@link #ifSparse()} does
	 * @throws IllegalStateException if the ledger is not stored in an H2 file
	 */
	public Outcome compact() throws SQLException {
		if (!supported()) {
			throw new IllegalStateException(
					"compaction is for the H2 file; PostgreSQL reuses the space of old rows by vacuum");
		}
		return shutdownCompact(true).orElseThrow();
	}

	private Optional<Outcome> shutdownCompact(boolean always) throws SQLException {
		long started = System.nanoTime();
		long before = size(file());
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			if (!always && livePercent(statement) >= belowLivePercent) {
				return Optional.empty();
			}
			statement.execute("SHUTDOWN COMPACT");
		}
		return Optional.of(new Outcome(file(), before, size(file()), Duration.ofNanos(System.nanoTime() - started)));
	}

	/**
	 * The share of the file that live pages take: the share of it held by chunks
	 * ({@code FILL_RATE}) times the share of the chunks that is live
	 * ({@code CHUNKS_FILL_RATE}).
	 */
	private static int livePercent(Statement statement) throws SQLException {
		Map<String, Integer> rates = new HashMap<>();
		try (ResultSet rows = statement.executeQuery(SETTINGS)) {
			while (rows.next()) {
				rates.put(rows.getString(1), Integer.parseInt(rows.getString(2)));
			}
		}
		return rates.get("info.FILL_RATE") * rates.get("info.CHUNKS_FILL_RATE") / 100;
	}

	/**
	 * The database file the URL names: its path, up to the first setting, and H2's
	 * suffix.
	 */
	private Path file() {
		String path = url.substring(H2_FILE.length());
		int settings = path.indexOf(';');
		return Path.of((settings < 0 ? path : path.substring(0, settings)) + ".mv.db");
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

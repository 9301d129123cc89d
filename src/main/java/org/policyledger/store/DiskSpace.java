package org.policyledger.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The free space on the disk that holds the ledger ({@code ledger.data-dir}, not the
 * working directory). Below {@code ledger.disk.reserve} the ledger takes no more writes,
 * so that the database never runs out of space half-way through a commit, readiness
 * ({@code diskSpace} in the readiness group) goes down, and reads go on. Writes resume by
 * themselves once space is freed: nothing is latched.
 */
@Component("diskSpaceHealthIndicator")
public class DiskSpace implements HealthIndicator {

	private static final String NO_SPACE = "No space left on device";

	/**
	 * What Hikari answers, without an SQL state, on a connection it evicted mid-request.
	 */
	private static final String EVICTED = "Connection is closed";

	/**
	 * H2's storage engine failing under a request (its transaction closed with the
	 * store).
	 */
	private static final String H2_STORE_FAILURE = "org.h2.mvstore.MVStoreException";

	private final Path directory;

	/**
	 * Found once: finding a path's file store reads the mount table (70 microseconds on
	 * the benchmark's machine, more with more mounts); asking the store for its free
	 * space is one statfs call (2 microseconds), made before every write.
	 */
	private final FileStore store;

	private final DataSize reserve;

	DiskSpace(@Value("${ledger.data-dir}") Path directory, @Value("${ledger.disk.reserve}") DataSize reserve)
			throws IOException {
		this.directory = Files.createDirectories(directory.toAbsolutePath());
		this.store = Files.getFileStore(this.directory);
		this.reserve = reserve;
	}

	/** Bytes this process can still write on the ledger's disk. */
	public long usableBytes() {
		try {
			return store.getUsableSpace();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Refuses a write while the disk is below the reserve. */
	public void requireRoom() {
		StorageUnavailableException shortage = shortage(usableBytes());
		if (shortage != null) {
			throw shortage;
		}
	}

	/**
	 * The failure as a {@link StorageUnavailableException} when it, or a cause of it, is
	 * the disk running out of space (the database reports the operating system's message)
	 * or the database unreachable (a connection exception, a connection the pool evicted,
	 * or H2's store closed after a failed write), or when the disk is below the reserve
	 * now; otherwise null.
	 */
	public StorageUnavailableException explain(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof StorageUnavailableException unavailable) {
				return unavailable;
			}
			if (String.valueOf(cause.getMessage()).contains(NO_SPACE)) {
				return new StorageUnavailableException("the disk holding the ledger (" + directory + ") is full");
			}
			if (cause instanceof SQLException sql
					&& (String.valueOf(sql.getSQLState()).startsWith("08")
							|| sql.getErrorCode() == ClosedDatabaseEviction.DATABASE_IS_CLOSED
							|| EVICTED.equals(sql.getMessage()))
					|| cause.getClass().getName().equals(H2_STORE_FAILURE)) {
				return new StorageUnavailableException(
						"the ledger's database is unavailable (it closes itself after a failed write, as on a full disk,"
								+ " and the next request that can write reopens it)");
			}
		}
		return shortage(usableBytes());
	}

	/**
	 * Why the disk takes no more writes with this much free, or null while above the
	 * reserve.
	 */
	private StorageUnavailableException shortage(long usable) {
		if (usable >= reserve.toBytes()) {
			return null;
		}
		return new StorageUnavailableException(
				"the disk holding the ledger (" + directory + ") has " + DataSize.ofBytes(usable).toMegabytes()
						+ " MB free, below the " + reserve.toMegabytes() + " MB the ledger keeps in reserve");
	}

	@Override
	public Health health() {
		long usable = usableBytes();
		return (shortage(usable) != null ? Health.down() : Health.up()).withDetail("path", directory.toString())
			.withDetail("free", usable)
			.withDetail("reserve", reserve.toBytes())
			.build();
	}

}

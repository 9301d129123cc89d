package org.policyledger.integrity;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/** The ledger's migrations up to a version, for tests of the ones after it. */
public final class LedgerMigrations {

	private LedgerMigrations() {
	}

	/**
	 * The H2 ledger in {@code dir}, opened without moving chunks at close, as the ledger
	 * opens it (H2 2.3.232 loses tables there).
	 */
	public static DataSource h2(Path dir) {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:file:" + dir.resolve("ledger") + ";MAX_COMPACT_TIME=0");
		return database;
	}

	/**
	 * A database migrated to {@code target} with the common and the vendor's migrations.
	 */
	public static JdbcTemplate migratedTo(String target, DataSource database, String vendor) {
		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.javaMigrations(new ChainExistingEvents())
			.target(target)
			.load()
			.migrate();
		return new JdbcTemplate(database);
	}

}

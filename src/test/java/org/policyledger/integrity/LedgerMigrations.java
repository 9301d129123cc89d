package org.policyledger.integrity;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;

/** The ledger's migrations up to a version, for tests of the ones after it. */
public final class LedgerMigrations {

	private LedgerMigrations() {
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

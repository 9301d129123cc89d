package org.policyledger.store;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which database the ledger runs on, for the few things only H2 does. */
final class Databases {

	private Databases() {
	}

	static boolean isH2(JdbcTemplate jdbc) {
		return "H2".equals(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
	}

}

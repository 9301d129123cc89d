package org.policyledger.database;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which database the ledger runs on, for the few things done differently on H2. */
public final class Databases {

	private Databases() {
	}

	public static boolean isH2(JdbcTemplate jdbc) {
		return jdbc.execute((ConnectionCallback<Boolean>) Databases::isH2);
	}

	public static boolean isH2(Connection connection) throws SQLException {
		return "H2".equals(connection.getMetaData().getDatabaseProductName());
	}

}

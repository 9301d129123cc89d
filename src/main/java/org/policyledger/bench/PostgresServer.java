package org.policyledger.bench;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A PostgreSQL server the benchmark makes its databases on: each ledger it starts there
 * gets a database of its own, {@code bench_<ledger>}, dropped first if an earlier run
 * left it. The user must be allowed to create databases.
 */
public final class PostgresServer {

	private static final String JDBC = "jdbc:";

	private static final Pattern LEDGER = Pattern.compile("[a-z]+");

	private final URI server;

	private final String user;

	/**
	 * Connections to the database the URL names, from which the benchmark makes its own.
	 */
	private final DataSource admin;

	/**
	 * A server given by the JDBC URL of any database on it
	 * ({@code jdbc:postgresql://HOST:PORT/DATABASE}), reached as {@code user}.
	 */
	public PostgresServer(String url, String user) {
		if (!url.startsWith(JDBC + "postgresql://")) {
			throw new IllegalArgumentException(
					"not a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE): " + url);
		}
		this.server = URI.create(url.substring(JDBC.length()));
		this.user = user;
		this.admin = DataSourceBuilder.create().type(SimpleDriverDataSource.class).url(url).username(user).build();
	}

	/**
	 * Checks, before a run starts, that the server answers and that the user may create
	 * the benchmark's databases, so that neither is found out after the run on H2.
	 */
	public void requireDatabasesAllowed() throws SQLException {
		try (Connection connection = admin.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("select rolcreatedb or rolsuper from pg_roles where rolname = current_user")) {
			if (!result.next() || !result.getBoolean(1)) {
				throw new IllegalStateException("the PostgreSQL user '" + user
						+ "' may not create databases, and the benchmark makes its own (alter role " + user
						+ " createdb)");
			}
		}
	}

	public String user() {
		return user;
	}

	/**
	 * Drops the ledger's database if it exists and creates it empty; its JDBC URL, with
	 * the parameters of the server's.
	 */
	public String freshDatabase(String ledger) throws SQLException {
		if (!LEDGER.matcher(ledger).matches()) {
			throw new IllegalArgumentException("a benchmark ledger's name is lower-case letters: " + ledger);
		}
		String database = "bench_" + ledger;
		try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + database);
			statement.execute("create database " + database);
		}
		try {
			return JDBC + new URI(server.getScheme(), server.getAuthority(), "/" + database, server.getQuery(), null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

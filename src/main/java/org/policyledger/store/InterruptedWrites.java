package org.policyledger.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.policyledger.database.Databases;
import org.policyledger.read.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Rows that a killed process's H2 transaction left behind. After a SIGKILL in the middle
 * of a transaction's writes, H2 2.3 can open the file with some of those rows still in
 * its tables: {@code count(*)} counts them, no query sees them, and an insert of the same
 * key waits for their long-gone transaction until it times out. A read-model batch caught
 * that way stalled the projections after a restart, each of its events parked as a dead
 * letter.
 * <p>
 * A marker file beside the database ({@code ledger.open}) says it is open; it is removed
 * when the ledger shuts down. When the ledger starts and finds the marker, the last run
 * did not close the database, and each table is checked after the migrations, before any
 * processor runs: read-model tables holding such rows are emptied and the read models
 * rebuilt from the event store (with their token and dead letters); such rows in any
 * other table are reported, never touched. PostgreSQL and in-memory databases are not
 * checked.
 */
@Component
class InterruptedWrites implements Callback, DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(InterruptedWrites.class);

	private static final String MARKER_SUFFIX = ".open";

	/** How H2 names the read models' tables: {@code rm_} in the migrations. */
	private static final String READ_MODEL_TABLE = "RM_";

	private volatile Path marker;

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			Connection connection = context.getConnection();
			Path database = h2File(connection);
			if (database == null) {
				return;
			}
			Path open = database.resolveSibling(database.getFileName() + MARKER_SUFFIX);
			if (Files.exists(open)) {
				recover(connection);
			}
			Files.writeString(open, "opened by process " + ProcessHandle.current().pid() + "\n");
			marker = open;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not check the database for rows of interrupted writes", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not mark the database open", ex);
		}
	}

	@Override
	public String getCallbackName() {
		return getClass().getSimpleName();
	}

	/** The database ends its run cleanly: the next start need not check it. */
	@Override
	public void destroy() throws IOException {
		Path open = marker;
		if (open != null) {
			Files.deleteIfExists(open);
		}
	}

	/**
	 * The H2 database's file (without {@code .mv.db}), or null for any other database.
	 */
	private static Path h2File(Connection connection) throws SQLException {
		if (!Databases.isH2(connection)) {
			return null;
		}
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select database_path()")) {
			rs.next();
			String path = rs.getString(1);
			return path == null ? null : Path.of(path);
		}
	}

	private static void recover(Connection connection) throws SQLException {
		long start = System.nanoTime();
		List<String> tables = tables(connection);
		List<String> readModel = new ArrayList<>();
		List<String> others = new ArrayList<>();
		for (String table : tables) {
			if (holdsInterruptedRows(connection, table)) {
				(table.startsWith(READ_MODEL_TABLE) ? readModel : others).add(table);
			}
		}
		LOG.info("The database was not closed cleanly: {} tables checked for rows of an interrupted write in {} ms",
				tables.size(), (System.nanoTime() - start) / 1_000_000);
		if (!others.isEmpty()) {
			LOG.error("The database was not closed cleanly, and H2 kept rows of an interrupted write in {}:"
					+ " no query sees them (verify does not either), but a write of the same keys will time out."
					+ " Keep a copy of the data directory before writing to it.", others);
		}
		if (readModel.isEmpty()) {
			return;
		}
		LOG.warn("The database was not closed cleanly, and H2 kept rows of an interrupted read-model write in {};"
				+ " the read models are rebuilt from the event store", readModel);
		try (Statement statement = connection.createStatement()) {
			for (String table : tables) {
				if (table.startsWith(READ_MODEL_TABLE)) {
					statement.execute("truncate table " + quoted(table));
				}
			}
			statement.execute("delete from token_entry where processor_name = '" + ReadModel.PROCESSING_GROUP + "'");
			statement
				.execute("delete from dead_letter_entry where processing_group = '" + ReadModel.PROCESSING_GROUP + "'");
		}
	}

	/** The ledger's tables, by the names H2 keeps. */
	private static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select table_name from information_schema.tables"
						+ " where table_schema = current_schema and table_type = 'BASE TABLE' order by table_name")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		return tables;
	}

	/**
	 * Whether H2 counts rows in the table that no query sees: its {@code count(*)} comes
	 * from the table's row count, which includes them, while a filtered count reads the
	 * rows themselves.
	 */
	private static boolean holdsInterruptedRows(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select (select count(*) from " + quoted(table)
						+ "), (select count(*) from " + quoted(table) + " where rand() >= 0)")) {
			rs.next();
			return rs.getLong(1) != rs.getLong(2);
		}
	}

	private static String quoted(String table) {
		return '"' + table + '"';
	}

}

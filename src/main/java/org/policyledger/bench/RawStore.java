package org.policyledger.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.policyledger.bench.BenchReport.Throughput;

/**
 * The physical limit the ledger is measured against: the same stored event rows written
 * by plain JDBC batches into a table with the same keys, in the same database, and read
 * back in order.
 */
final class RawStore {

	private static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number,"
			+ " type, time_stamp, payload_type, payload_revision, payload, meta_data";

	private static final int CHUNK = 10_000;

	private static final int JDBC_BATCH = 1_000;

	private final DataSource dataSource;

	RawStore(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Copies the events after {@code from} up to {@code to} (global indexes) into a
	 * scratch table, a transaction per 10,000 like the ledger's import, timing the
	 * inserts only; then drops the table.
	 */
	Throughput insert(long from, long to) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
			ddl.execute("create table bench_raw_event as select " + COLUMNS + " from domain_event_entry where 1 = 0");
			ddl.execute("alter table bench_raw_event alter column global_index set not null");
			ddl.execute("alter table bench_raw_event add primary key (global_index)");
			ddl.execute("create unique index bench_raw_event_aggregate on bench_raw_event"
					+ " (aggregate_identifier, sequence_number)");
			ddl.execute("create unique index bench_raw_event_id on bench_raw_event (event_identifier)");
			connection.setAutoCommit(false);
			long nanos = 0;
			long rows = 0;
			try (PreparedStatement insert = connection.prepareStatement(
					"insert into bench_raw_event (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (long after = from; after < to;) {
					List<Object[]> chunk = read(connection, after, to);
					long started = System.nanoTime();
					for (int i = 0; i < chunk.size(); i++) {
						Object[] row = chunk.get(i);
						for (int column = 0; column < row.length; column++) {
							insert.setObject(column + 1, row[column]);
						}
						insert.addBatch();
						if ((i + 1) % JDBC_BATCH == 0 || i == chunk.size() - 1) {
							insert.executeBatch();
						}
					}
					connection.commit();
					nanos += System.nanoTime() - started;
					rows += chunk.size();
					after = (Long) chunk.get(chunk.size() - 1)[0];
				}
			}
			finally {
				connection.setAutoCommit(true);
				ddl.execute("drop table bench_raw_event");
			}
			return Throughput.of(rows, nanos);
		}
	}

	/**
	 * The database's size where the database says it (PostgreSQL keeps its files in the
	 * server's own directory), or 0 where its files are in the data directory (H2).
	 */
	long databaseBytes() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				return 0;
			}
			try (Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("select pg_database_size(current_database())")) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	/** How many events the store holds. */
	long count() throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select count(*) from domain_event_entry")) {
			result.next();
			return result.getLong(1);
		}
	}

	/** Reads every event in global order, 10,000 at a time, touching every byte. */
	Throughput readAll() throws SQLException {
		long started = System.nanoTime();
		long rows = 0;
		try (Connection connection = dataSource.getConnection()) {
			for (long after = -1;;) {
				List<Object[]> chunk = read(connection, after, Long.MAX_VALUE);
				if (chunk.isEmpty()) {
					break;
				}
				rows += chunk.size();
				after = (Long) chunk.get(chunk.size() - 1)[0];
			}
		}
		return Throughput.of(rows, System.nanoTime() - started);
	}

	private static List<Object[]> read(Connection connection, long after, long upTo) throws SQLException {
		List<Object[]> rows = new ArrayList<>(CHUNK);
		try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
				+ " from domain_event_entry where global_index > ? and global_index <= ? order by global_index")) {
			select.setLong(1, after);
			select.setLong(2, upTo);
			select.setMaxRows(CHUNK);
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					Object[] row = new Object[10];
					for (int column = 0; column < row.length; column++) {
						row[column] = result.getObject(column + 1);
					}
					rows.add(row);
				}
			}
		}
		return rows;
	}

}

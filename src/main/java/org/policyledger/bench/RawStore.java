package org.policyledger.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.policyledger.bench.BenchReport.Throughput;

/**
 * The physical limit the ledger is measured against: the same stored event rows, alone
 * and with their chain links, written by plain JDBC batches into tables with the same
 * keys, in the same database, and read back in order; and the read models' rows of every
 * fact written again the same way.
 */
final class RawStore {

	private static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number,"
			+ " type, time_stamp, payload_type, payload_revision, payload, meta_data";

	/** PostgreSQL's product name. */
	static final String POSTGRESQL = "PostgreSQL";

	private static final int CHUNK = 10_000;

	private static final int JDBC_BATCH = 1_000;

	/** The read-model tables every fact writes rows to, each keyed by fact first. */
	private static final List<String> FACT_TABLES = List.of("rm_fact", "rm_citation", "rm_fact_version");

	/** Facts per transaction when writing read-model rows, as the processor's batch. */
	private static final int FACTS_PER_COMMIT = 5_000;

	private final DataSource dataSource;

	RawStore(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Copies the event rows after {@code from} up to {@code to} (global indexes) into a
	 * scratch table, a transaction per 10,000, timing the inserts and commits only; then
	 * drops the table. The events counted are the rows copied.
	 */
	Throughput insertEvents(long from, long to) throws SQLException {
		return insert(from, to, null);
	}

	/**
	 * Copies what the ledger writes for the same events: each event's row and its chain
	 * link (the links after chain position {@code linksAfter}, in the chain's order),
	 * into scratch tables with the same keys and unique indexes, and moves a scratch head
	 * once per transaction, as appends move the chain's head. Timed and counted as
	 * {@link #insertEvents}, an event and its link counting as one.
	 */
	Throughput insertEventsAndLinks(long from, long to, long linksAfter) throws SQLException {
		return insert(from, to, linksAfter);
	}

	private Throughput insert(long from, long to, Long linksAfter) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
			ddl.execute("create table bench_raw_event as select " + COLUMNS + " from domain_event_entry where 1 = 0");
			ddl.execute("alter table bench_raw_event alter column global_index set not null");
			ddl.execute("alter table bench_raw_event add primary key (global_index)");
			ddl.execute("create unique index bench_raw_event_aggregate on bench_raw_event"
					+ " (aggregate_identifier, sequence_number)");
			connection.setAutoCommit(false);
			long nanos = 0;
			long rows = 0;
			try (PreparedStatement insert = connection.prepareStatement(
					"insert into bench_raw_event (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
					LinkCopy links = linksAfter == null ? null : new LinkCopy(connection, ddl, linksAfter)) {
				for (long after = from; after < to;) {
					List<Object[]> chunk = read(connection, after, to);
					List<Object[]> chunkLinks = links == null ? null : links.next(chunk.size());
					long started = System.nanoTime();
					insertRows(insert, chunk);
					if (links != null) {
						links.write(chunkLinks);
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
				ddl.execute("drop table if exists bench_raw_ledger_chain");
				ddl.execute("drop table if exists bench_raw_ledger_chain_head");
			}
			return Throughput.of(rows, nanos);
		}
	}

	/**
	 * The chain links copied beside the events: read from {@code ledger_chain} in
	 * position order, inserted into a copy of it, and a copy of its head moved to the
	 * last link written.
	 */
	private static final class LinkCopy implements AutoCloseable {

		private final Connection connection;

		private final PreparedStatement insert;

		private final PreparedStatement moveHead;

		private final int chainHash;

		private long position;

		LinkCopy(Connection connection, Statement ddl, long after) throws SQLException {
			this.connection = connection;
			this.insert = connection.prepareStatement(copyShape(connection, ddl, "ledger_chain"));
			ddl.execute("create table bench_raw_ledger_chain_head as select * from ledger_chain_head");
			this.moveHead = connection
				.prepareStatement("update bench_raw_ledger_chain_head set position = ?, chain_hash = ? where id = 1");
			this.chainHash = columnIndex(ddl, "ledger_chain", "chain_hash");
			this.position = after;
		}

		/** The next {@code count} links, every column; as many as there are events. */
		List<Object[]> next(int count) throws SQLException {
			try (PreparedStatement select = connection
				.prepareStatement("select * from ledger_chain where position > ? order by position")) {
				select.setLong(1, position);
				select.setMaxRows(count);
				List<Object[]> links = rows(select);
				if (links.size() != count) {
					throw new IllegalStateException("the chain has " + links.size() + " links after position "
							+ position + " for " + count + " events");
				}
				position += count;
				return links;
			}
		}

		/** Inserts the links and moves the head to the last of them. */
		void write(List<Object[]> links) throws SQLException {
			insertRows(insert, links);
			moveHead.setLong(1, position);
			moveHead.setObject(2, links.get(links.size() - 1)[chainHash]);
			moveHead.executeUpdate();
		}

		@Override
		public void close() throws SQLException {
			insert.close();
			moveHead.close();
		}

	}

	/**
	 * Where {@code column} is among the table's columns as {@code select *} reads them,
	 * from 0.
	 */
	private static int columnIndex(Statement statement, String table, String column) throws SQLException {
		try (ResultSet shape = statement.executeQuery("select * from " + table + " where 1 = 0")) {
			for (int i = 1; i <= shape.getMetaData().getColumnCount(); i++) {
				if (shape.getMetaData().getColumnName(i).equalsIgnoreCase(column)) {
					return i - 1;
				}
			}
		}
		throw new IllegalStateException(table + " has no column " + column);
	}

	/** The chain's head position: how many links it has. */
	long chainHead() throws SQLException {
		return number("select position from ledger_chain_head where id = 1");
	}

	/**
	 * Writes the rows every fact has in the read models ({@code rm_fact},
	 * {@code rm_citation}, {@code rm_fact_version}) again into empty tables with the same
	 * columns, keys and indexes, a transaction per 5,000 facts in fact-id order, timing
	 * the inserts and commits only; then drops the tables. The entries counted are facts:
	 * the limit a catch-up or a replay, which writes these rows and more, cannot pass.
	 */
	Throughput rewriteReadModel() throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
			List<PreparedStatement> inserts = new ArrayList<>();
			try {
				for (String table : FACT_TABLES) {
					inserts.add(connection.prepareStatement(copyShape(connection, ddl, table)));
				}
				connection.setAutoCommit(false);
				long nanos = 0;
				long facts = 0;
				for (String after = "";;) {
					List<String> chunk = factIds(connection, after);
					if (chunk.isEmpty()) {
						break;
					}
					String upTo = chunk.get(chunk.size() - 1);
					List<List<Object[]>> rows = new ArrayList<>();
					for (String table : FACT_TABLES) {
						rows.add(factRows(connection, table, after, upTo));
					}
					long started = System.nanoTime();
					for (int i = 0; i < inserts.size(); i++) {
						insertRows(inserts.get(i), rows.get(i));
					}
					connection.commit();
					nanos += System.nanoTime() - started;
					facts += chunk.size();
					after = upTo;
				}
				return Throughput.of(facts, nanos);
			}
			finally {
				for (PreparedStatement insert : inserts) {
					insert.close();
				}
				connection.setAutoCommit(true);
				for (String table : FACT_TABLES) {
					ddl.execute("drop table if exists bench_raw_" + table);
				}
			}
		}
	}

	/**
	 * Creates an empty copy of the table, named with the prefix {@code bench_raw_}, with
	 * its columns and every index the database reports for it (its key as a unique
	 * index), and returns the copy's insert statement.
	 */
	private static String copyShape(Connection connection, Statement ddl, String table) throws SQLException {
		String scratch = "bench_raw_" + table;
		ddl.execute("create table " + scratch + " as select * from " + table + " where 1 = 0");
		DatabaseMetaData meta = connection.getMetaData();
		String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
		Map<String, List<String>> indexes = new LinkedHashMap<>();
		Map<String, Boolean> unique = new LinkedHashMap<>();
		try (ResultSet index = meta.getIndexInfo(null, null, stored, false, false)) {
			while (index.next()) {
				if (index.getShort("TYPE") != DatabaseMetaData.tableIndexStatistic) {
					String name = index.getString("INDEX_NAME");
					indexes.computeIfAbsent(name, n -> new ArrayList<>()).add(index.getString("COLUMN_NAME"));
					unique.put(name, !index.getBoolean("NON_UNIQUE"));
				}
			}
		}
		int number = 0;
		for (var index : indexes.entrySet()) {
			ddl.execute("create " + (unique.get(index.getKey()) ? "unique " : "") + "index " + scratch + "_" + number++
					+ " on " + scratch + " (" + String.join(", ", index.getValue()) + ")");
		}
		int columns;
		try (ResultSet shape = ddl.executeQuery("select * from " + scratch)) {
			columns = shape.getMetaData().getColumnCount();
		}
		return "insert into " + scratch + " values (" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
	}

	private static List<String> factIds(Connection connection, String after) throws SQLException {
		List<String> ids = new ArrayList<>(FACTS_PER_COMMIT);
		try (PreparedStatement select = connection
			.prepareStatement("select fact_id from rm_fact where fact_id > ? order by fact_id fetch first "
					+ FACTS_PER_COMMIT + " rows only")) {
			select.setString(1, after);
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					ids.add(result.getString(1));
				}
			}
		}
		return ids;
	}

	private static List<Object[]> factRows(Connection connection, String table, String after, String upTo)
			throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("select * from " + table + " where fact_id > ? and fact_id <= ?")) {
			select.setString(1, after);
			select.setString(2, upTo);
			return rows(select);
		}
	}

	/** Every row the query answers, every column fetched. */
	private static List<Object[]> rows(PreparedStatement select) throws SQLException {
		List<Object[]> rows = new ArrayList<>();
		try (ResultSet result = select.executeQuery()) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				Object[] row = new Object[columns];
				for (int column = 0; column < columns; column++) {
					row[column] = result.getObject(column + 1);
				}
				rows.add(row);
			}
		}
		return rows;
	}

	private static void insertRows(PreparedStatement insert, List<Object[]> rows) throws SQLException {
		for (int i = 0; i < rows.size(); i++) {
			Object[] row = rows.get(i);
			for (int column = 0; column < row.length; column++) {
				insert.setObject(column + 1, row[column]);
			}
			insert.addBatch();
			if ((i + 1) % JDBC_BATCH == 0 || i == rows.size() - 1) {
				insert.executeBatch();
			}
		}
	}

	/**
	 * The database's size where the database says it (PostgreSQL keeps its files in the
	 * server's own directory), or 0 where its files are in the data directory (H2).
	 */
	long databaseBytes() throws SQLException {
		return POSTGRESQL.equals(product().name()) ? number("select pg_database_size(current_database())") : 0;
	}

	/** The database's product name and version, as its JDBC driver gives them. */
	Product product() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			return new Product(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion());
		}
	}

	/** A database product and its version. */
	record Product(String name, String version) {

	}

	/** How many events the store holds. */
	long count() throws SQLException {
		return number("select count(*) from domain_event_entry");
	}

	/** The one number a query answers. */
	private long number(String query) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(query)) {
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
		try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
				+ " from domain_event_entry where global_index > ? and global_index <= ? order by global_index")) {
			select.setLong(1, after);
			select.setLong(2, upTo);
			select.setMaxRows(CHUNK);
			return rows(select);
		}
	}

}

package org.policyledger.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.policyledger.read.ReadModelMaintenance;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes the read models from the log and names every row that disagrees with what
 * was served: it copies each {@code rm_*} table aside, rebuilds the read models from the
 * event store, and compares the two with {@code EXCEPT}, naming rows by primary key. A
 * row changed, added or deleted behind the ledger's back is named, and the rebuild has
 * repaired it.
 */
@Component
public class ReadModelAudit {

	private static final String COPY = "audit_";

	private static final int LISTED = 20;

	private final JdbcTemplate jdbc;

	private final ReadModelMaintenance readModel;

	ReadModelAudit(JdbcTemplate jdbc, ReadModelMaintenance readModel) {
		this.jdbc = jdbc;
		this.readModel = readModel;
	}

	/** The read-model tables, each with its key columns, copied aside. */
	public record Snapshot(Map<String, List<String>> keysByTable) {
	}

	/**
	 * Copies every read-model table aside and starts the rebuild; the caller waits for
	 * {@link ReadModelMaintenance#isCaughtUp()} before {@link #compare}.
	 */
	public Snapshot snapshotAndRebuild() {
		if (!readModel.isCaughtUp()) {
			throw new IllegalStateException("the read model has not caught up with the log; wait for it first");
		}
		Map<String, List<String>> tables = tables();
		tables.keySet().forEach(table -> {
			jdbc.execute("drop table if exists " + COPY + table);
			jdbc.execute("create table " + COPY + table + " as select * from " + table);
		});
		readModel.rebuild();
		return new Snapshot(tables);
	}

	/**
	 * Compares the rebuilt tables with the copies, names the rows that differ (changed,
	 * added or deleted behind the ledger's back), and drops the copies.
	 */
	public Verification.Check compare(Snapshot snapshot) {
		long differing = 0;
		List<String> named = new ArrayList<>();
		for (Map.Entry<String, List<String>> table : snapshot.keysByTable().entrySet()) {
			String name = table.getKey();
			Set<String> served = keysOf(COPY + name, name, table.getValue());
			Set<String> rebuilt = keysOf(name, COPY + name, table.getValue());
			Set<String> differ = new TreeSet<>(served);
			differ.addAll(rebuilt);
			differing += differ.size();
			differ.stream()
				.limit(Math.max(0, LISTED - named.size()))
				.forEach(key -> named.add(name + " (" + key + "): "
						+ (!rebuilt.contains(key) ? "added" : !served.contains(key) ? "deleted" : "changed")));
			jdbc.execute("drop table " + COPY + name);
		}
		return new Verification.Check("read model recomputed from the log", differing == 0,
				differing == 0
						? String.format("%d tables rebuilt from the log, every row as served",
								snapshot.keysByTable().size())
						: String.format("%,d %s differed from the log and were rebuilt: %s", differing,
								differing == 1 ? "row" : "rows", named));
	}

	/** The keys of the rows of one table that the other does not hold as they are. */
	private Set<String> keysOf(String table, String other, List<String> keys) {
		Set<String> found = new TreeSet<>();
		jdbc.query("select " + String.join(", ", keys) + " from (select * from " + table + " except select * from "
				+ other + ") differing", rs -> {
					List<String> values = new ArrayList<>(keys.size());
					for (int i = 1; i <= keys.size(); i++) {
						values.add(rs.getString(i));
					}
					found.add(String.join(", ", values));
				});
		return found;
	}

	/**
	 * Each {@code rm_} table with its primary key's columns (all its columns if it has
	 * none).
	 */
	private Map<String, List<String>> tables() {
		return jdbc.execute((ConnectionCallback<Map<String, List<String>>>) connection -> {
			DatabaseMetaData meta = connection.getMetaData();
			boolean upper = meta.storesUpperCaseIdentifiers();
			Map<String, List<String>> tables = new LinkedHashMap<>();
			try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(),
					upper ? "RM\\_%" : "rm\\_%", new String[] { "TABLE" })) {
				while (rs.next()) {
					tables.put(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), null);
				}
			}
			for (Map.Entry<String, List<String>> table : tables.entrySet()) {
				String stored = upper ? table.getKey().toUpperCase(Locale.ROOT) : table.getKey();
				table.setValue(keyColumns(connection, meta, stored));
			}
			return tables;
		});
	}

	private static List<String> keyColumns(Connection connection, DatabaseMetaData meta, String table)
			throws SQLException {
		Map<Short, String> key = new TreeMap<>();
		try (ResultSet rs = meta.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
			while (rs.next()) {
				key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		if (!key.isEmpty()) {
			return List.copyOf(key.values());
		}
		List<String> all = new ArrayList<>();
		try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, null)) {
			while (columns.next()) {
				all.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return all;
	}

}

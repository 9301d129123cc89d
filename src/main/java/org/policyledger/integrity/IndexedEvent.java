package org.policyledger.integrity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.common.DateTimeUtils;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A stored event with its global index in the event store, by which its chain link finds
 * it.
 */
record IndexedEvent(long globalIndex, StoredEvent event) {

	/** The columns {@link #read(ResultSet)} expects. */
	static final String COLUMNS = "global_index, " + StoredEvent.COLUMNS;

	private static final String INSERT = "insert into domain_event_entry (global_index, event_identifier,"
			+ " aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload,"
			+ " meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	/** The global index of the last stored event, 0 if there is none. */
	static long last(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
	}

	/** The events numbered one after another after the global index {@code after}. */
	static List<IndexedEvent> after(long after, List<StoredEvent> events) {
		List<IndexedEvent> indexed = new ArrayList<>(events.size());
		long index = after;
		for (StoredEvent event : events) {
			indexed.add(new IndexedEvent(++index, event));
		}
		return indexed;
	}

	static IndexedEvent read(ResultSet rs) throws SQLException {
		return new IndexedEvent(rs.getLong("global_index"), StoredEvent.read(rs));
	}

	/** Inserts the events in one batch statement, each parameter set by its type. */
	static void insert(JdbcTemplate jdbc, List<IndexedEvent> events) {
		jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement row, int i) throws SQLException {
				IndexedEvent indexed = events.get(i);
				StoredEvent event = indexed.event;
				row.setLong(1, indexed.globalIndex);
				row.setString(2, event.eventIdentifier());
				row.setString(3, event.aggregateIdentifier());
				row.setLong(4, event.sequenceNumber());
				row.setString(5, event.aggregateType());
				row.setString(6, DateTimeUtils.formatInstant(event.timestamp()));
				row.setString(7, event.payloadType());
				row.setString(8, event.payloadRevision());
				row.setBytes(9, event.payload());
				row.setBytes(10, event.metaData());
			}

			@Override
			public int getBatchSize() {
				return events.size();
			}
		});
	}

}

package org.policyledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** How the storage engine reads an aggregate's stream back, batch after batch. */
@LedgerIntegrationTest
class EventStreamsIntegrationTest {

	private static final int EVENTS = 250;

	@Autowired
	private EventStorageEngine storage;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	/**
	 * A stream of more events than one batch, stored in the reverse of its order, is read
	 * whole and in sequence order. The rows are written with plain SQL and rolled back.
	 */
	@Test
	void readsAStreamLongerThanABatchWholeAndInSequenceOrder() {
		List<Long> read = new TransactionTemplate(transactions).execute(status -> {
			long last = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry",
					Long.class);
			jdbc.batchUpdate("insert into domain_event_entry (global_index, aggregate_identifier, sequence_number,"
					+ " type, event_identifier, payload_type, time_stamp, meta_data, payload)"
					+ " values (?, 'actor:LONG-STREAM', ?, 'ActorAggregate', ?, 'org.policyledger.api.PositionStated',"
					+ " '2025-01-01T00:00:00Z', X'7b7d', X'7b7d')",
					LongStream.range(0, EVENTS)
						.mapToObj(i -> new Object[] { last + EVENTS - i, i, "long-stream-" + i })
						.toList());
			List<Long> sequence = new ArrayList<>();
			DomainEventStream stream = storage.readEvents("actor:LONG-STREAM");
			while (stream.hasNext()) {
				DomainEventMessage<?> event = stream.next();
				sequence.add(event.getSequenceNumber());
			}
			status.setRollbackOnly();
			return sequence;
		});

		assertThat(read).containsExactlyElementsOf(LongStream.range(0, EVENTS).boxed().toList());
	}

}

package org.policyledger.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The writer in a processor's batch, as the dead-letter invoker drives it: each event's
 * handler runs inside the writer's interceptor, and a failed one is put to its policy.
 */
class ProjectionWriterTest {

	private static final String FAILS = "fails";

	private JdbcTemplate jdbc;

	private ProjectionWriter writer;

	private TransactionManager transactions;

	@BeforeEach
	void database() {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		jdbc = new JdbcTemplate(database);
		jdbc.execute("create table projected (event varchar(40) not null)");
		transactions = new SpringTransactionManager(new DataSourceTransactionManager(database));
		writer = new ProjectionWriter(jdbc, database);
	}

	/**
	 * Each event writes its own row, marked when written at once; the failing one also
	 * stages state, which any event after it that sees it writes down.
	 */
	private Object project(EventMessage<?> event) {
		Set<String> staged = writer.staged("failed", HashSet::new);
		if (staged != null && !staged.isEmpty()) {
			writer.write("insert into projected (event) values (?)", "saw " + staged);
		}
		writer.write("insert into projected (event) values (?)",
				event.getPayload() + (staged == null ? " at once" : ""));
		if (FAILS.equals(event.getPayload())) {
			if (staged != null) {
				staged.add(FAILS);
			}
			throw new IllegalStateException("the projection failed");
		}
		return null;
	}

	private static EventMessage<?> event(String payload) {
		return GenericEventMessage.asEventMessage(payload);
	}

	/**
	 * Processes a batch in a transaction as the processor does; false if it rolled back.
	 */
	private boolean processBatch(EventMessage<?>... events) {
		BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(events));
		batch.attachTransaction(transactions);
		return !batch.executeWithResult(() -> writer.handle(batch, () -> {
			try {
				return project(batch.getMessage());
			}
			catch (IllegalStateException ex) {
				writer.decide(new GenericDeadLetter<>("stream", batch.getMessage(), ex), ex);
				return null;
			}
		}), RollbackConfigurationType.ANY_THROWABLE).isExceptional();
	}

	private List<String> projected() {
		return jdbc.queryForList("select event from projected", String.class);
	}

	@Test
	void writesABatchsRowsWhenItCommits() {
		assertThat(processBatch(event("first"), event("second"))).isTrue();
		assertThat(projected()).containsExactly("first", "second");
	}

	@Test
	void writesNothingOfABatchInWhichAnEventFailed() {
		assertThat(processBatch(event("before"), event(FAILS), event("after"))).isFalse();
		assertThat(projected()).as("rows of the batch, or of the state its failed event staged").isEmpty();
	}

	@Test
	void writesAFailedBatchAgainEventByEventWithoutTheFailedEventsRows() {
		EventMessage<?>[] events = { event("before"), event(FAILS), event("after") };
		processBatch(events);
		assertThat(processBatch(events)).isTrue();
		assertThat(projected()).containsExactly("before at once", "after at once");
	}

	@Test
	void writesAFailedBatchAgainEventByEventThoughAnotherBatchCommittedBefore() {
		EventMessage<?>[] events = { event("before"), event(FAILS) };
		processBatch(events);
		assertThat(processBatch(event("elsewhere"))).isTrue();
		assertThat(processBatch(events)).isTrue();
		assertThat(projected()).containsExactly("elsewhere", "before at once");
	}

	@Test
	void writesEventByEventUntilEachEventOfTheFailedBatchHasCommitted() {
		EventMessage<?> before = event("before");
		EventMessage<?> failing = event(FAILS);
		EventMessage<?> after = event("after");
		processBatch(before, failing, after);
		processBatch(before, failing);
		assertThat(processBatch(after, event("next"))).isTrue();
		assertThat(processBatch(event("later"))).isTrue();
		assertThat(projected()).containsExactly("before at once", "after at once", "next at once", "later");
	}

}

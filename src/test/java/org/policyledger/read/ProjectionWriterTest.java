package org.policyledger.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writer in a processor's batch, as the dead-letter invoker drives it: each event's
 * handler runs inside the writer's interceptor, and a failed one is put to its policy.
 */
class ProjectionWriterTest {

	private static final String FAILS = "fails";

	private JdbcTemplate jdbc;

	private ProjectionWriter writer;

	@BeforeEach
	void database() {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		jdbc = new JdbcTemplate(database);
		jdbc.execute("create table projected (event varchar(20) not null)");
		writer = new ProjectionWriter(jdbc, database);
	}

	/**
	 * Each event writes its own row; the failing one also stages state, which any event
	 * after it that sees it writes down.
	 */
	private Object project(EventMessage<?> event) {
		Set<String> staged = writer.staged("failed", HashSet::new);
		if (!staged.isEmpty()) {
			writer.write("insert into projected (event) values (?)", "saw " + staged);
		}
		writer.write("insert into projected (event) values (?)", event.getPayload());
		if (FAILS.equals(event.getPayload())) {
			staged.add(FAILS);
			throw new IllegalStateException("the projection failed");
		}
		return null;
	}

	private void processBatch(String... payloads) {
		List<EventMessage<?>> events = List.of(payloads)
			.stream()
			.<EventMessage<?>>map(GenericEventMessage::asEventMessage)
			.toList();
		BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
		batch.executeWithResult(() -> writer.handle(batch, () -> {
			try {
				return project(batch.getMessage());
			}
			catch (IllegalStateException ex) {
				writer.decide(new GenericDeadLetter<>("stream", batch.getMessage(), ex), ex);
				return null;
			}
		}), RollbackConfigurationType.ANY_THROWABLE);
	}

	private List<String> projected() {
		return jdbc.queryForList("select event from projected", String.class);
	}

	@Test
	void writesABatchsRowsWhenItCommits() {
		processBatch("first", "second");
		assertThat(projected()).containsExactly("first", "second");
	}

	@Test
	void writesNothingOfABatchInWhichAnEventFailed() {
		processBatch("before", FAILS, "after");
		assertThat(projected()).as("rows of the batch, or of the state its failed event staged").isEmpty();
	}

}

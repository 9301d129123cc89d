package org.policyledger.read;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.policyledger.database.Databases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * How projections write their rows, each event all or nothing.
 * <p>
 * In the processor's batch, rows are staged in memory per event and sent as one JDBC
 * batch statement per SQL statement when the batch commits, with the processor's token.
 * Statements run in the order they were first staged, and rows of one statement in the
 * order staged.
 * <p>
 * If an event's handler fails, or the batch's writes themselves do, the batch rolls back
 * and the processor tries it again; this writer then writes each row at once, with a
 * savepoint per event, so that the event at fault fails alone, its rows are undone and it
 * is parked. It writes that way every batch that holds an event of the failed batch,
 * until that event has been committed, whatever other batches commit meanwhile. A failed
 * event's rows and whatever state it staged for the events after it are thus never seen
 * by them. A retry of a dead letter always writes that way.
 */
@Component
public class ProjectionWriter implements MessageHandlerInterceptor<EventMessage<?>>, EnqueuePolicy<EventMessage<?>> {

	private static final String BATCH = ProjectionWriter.class.getName() + ".batch";

	private static final String SAVEPOINT = ProjectionWriter.class.getName() + ".savepoint";

	/** The resource of a batch written event by event. */
	private static final Batch EVENT_BY_EVENT = new Batch();

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	/** Identifiers of the events of failed batches, until each is committed. */
	private final Set<String> failedEvents = ConcurrentHashMap.newKeySet();

	public ProjectionWriter(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * Empties a read model's tables for a rebuild, in the reset's transaction with its
	 * token. On PostgreSQL one {@code TRUNCATE}, whose files are given back when the
	 * reset commits: a {@code DELETE} leaves every old row dead beside the rows the
	 * rebuild writes until vacuum, and the tables keep that size. On H2 a {@code DELETE}
	 * of each, since its {@code TRUNCATE} commits the open transaction, the token's reset
	 * apart from it.
	 */
	public void empty(List<String> tables) {
		if (Databases.isH2(jdbc)) {
			tables.forEach(table -> jdbc.update("delete from " + table));
		}
		else {
			jdbc.execute("truncate table " + String.join(", ", tables));
		}
	}

	/** Writes a row with the current event's other rows. */
	public void write(String sql, Object... args) {
		Batch batch = batch();
		if (batch == null) {
			jdbc.update(sql, args);
		}
		else {
			batch.add(sql, args);
		}
	}

	/**
	 * State a projection keeps for the rows it has staged in this batch (to read its own
	 * writes before they are sent), or null when rows are written at once.
	 */
	public <T> T staged(String key, Supplier<T> fresh) {
		Batch batch = batch();
		return batch == null ? null : batch.state(key, fresh);
	}

	private Batch batch() {
		if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> unitOfWork)) {
			return null;
		}
		Batch batch = unitOfWork.getOrComputeResource(BATCH, key -> open(unitOfWork));
		return batch == EVENT_BY_EVENT ? null : batch;
	}

	private Batch open(BatchingUnitOfWork<?> unitOfWork) {
		if (!failedEvents.isEmpty()) {
			List<String> events = identifiers(unitOfWork);
			if (events.stream().anyMatch(failedEvents::contains)) {
				unitOfWork.afterCommit(u -> failedEvents.removeAll(events));
				return EVENT_BY_EVENT;
			}
		}
		Batch batch = new Batch();
		unitOfWork.onPrepareCommit(u -> flush(batch, unitOfWork));
		return batch;
	}

	private void flush(Batch batch, BatchingUnitOfWork<?> unitOfWork) {
		if (batch.failed) {
			failedEvents.addAll(identifiers(unitOfWork));
			throw new IllegalStateException("an event of this batch failed; the batch is written again event by event");
		}
		try {
			batch.statements.forEach(jdbc::batchUpdate);
		}
		catch (RuntimeException ex) {
			failedEvents.addAll(identifiers(unitOfWork));
			throw ex;
		}
	}

	private static List<String> identifiers(BatchingUnitOfWork<?> unitOfWork) {
		return unitOfWork.getMessages().stream().map(Message::getIdentifier).toList();
	}

	@Override
	public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
			throws Exception {
		Batch batch = batch();
		if (batch != null) {
			return interceptorChain.proceed();
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		Savepoint savepoint = connection.setSavepoint();
		unitOfWork.resources().put(SAVEPOINT, savepoint);
		try {
			return interceptorChain.proceed();
		}
		catch (Exception ex) {
			connection.rollback(savepoint);
			throw ex;
		}
		finally {
			unitOfWork.resources().remove(SAVEPOINT);
			connection.releaseSavepoint(savepoint);
		}
	}

	/**
	 * Parks the failed event (Axon's default decision) after undoing the rows written
	 * since its savepoint; in a batch, marks the batch to be written again event by
	 * event.
	 */
	@Override
	public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
		Batch batch = batch();
		if (batch != null) {
			batch.failed = true;
		}
		CurrentUnitOfWork.ifStarted(unitOfWork -> {
			Savepoint savepoint = unitOfWork.getResource(SAVEPOINT);
			if (savepoint != null) {
				try {
					DataSourceUtils.getConnection(dataSource).rollback(savepoint);
				}
				catch (SQLException ex) {
					throw new IllegalStateException("could not undo a failed projection's rows", ex);
				}
			}
		});
		return Decisions.enqueue(ThrowableCause.truncated(cause));
	}

	/**
	 * The rows staged in one processor batch, by statement, the projections' state, and
	 * whether an event of the batch failed.
	 */
	private static final class Batch {

		private final Map<String, List<Object[]>> statements = new LinkedHashMap<>();

		private final Map<String, Object> state = new HashMap<>();

		private boolean failed;

		void add(String sql, Object[] args) {
			statements.computeIfAbsent(sql, s -> new ArrayList<>()).add(args);
		}

		@SuppressWarnings("unchecked")
		<T> T state(String key, Supplier<T> fresh) {
			return (T) state.computeIfAbsent(key, k -> fresh.get());
		}

	}

}

package org.policyledger.read;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * How projections write their rows, each event all or nothing.
 * <p>
 * In the processor's batch, rows are staged in memory per event and sent as one JDBC
 * batch statement per SQL statement when the batch commits, with the processor's token.
 * Statements run in the order they were first staged, and rows of one statement in the
 * order staged. An event whose handler fails leaves none of its rows staged: the
 * dead-letter queue parks it and the rest of the batch goes on.
 * <p>
 * If the batch's writes themselves fail, the batch rolls back and the processor tries it
 * again; this writer then writes each row at once, with a savepoint per event, so that
 * the event at fault fails alone and is parked, until a batch commits that way. A retry
 * of a dead letter always writes that way.
 */
@Component
public class ProjectionWriter implements MessageHandlerInterceptor<EventMessage<?>>, EnqueuePolicy<EventMessage<?>> {

	private static final String BATCH = ProjectionWriter.class.getName() + ".batch";

	private static final String SAVEPOINT = ProjectionWriter.class.getName() + ".savepoint";

	private static final String MARK = ProjectionWriter.class.getName() + ".mark";

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private volatile boolean direct;

	public ProjectionWriter(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
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
		if (direct || !CurrentUnitOfWork.isStarted()) {
			return null;
		}
		UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
		if (!(unitOfWork instanceof BatchingUnitOfWork)) {
			return null;
		}
		return unitOfWork.getOrComputeResource(BATCH, key -> {
			Batch batch = new Batch();
			unitOfWork.onPrepareCommit(u -> flush(batch));
			return batch;
		});
	}

	private void flush(Batch batch) {
		try {
			batch.statements.forEach(jdbc::batchUpdate);
		}
		catch (RuntimeException ex) {
			direct = true;
			throw ex;
		}
	}

	@Override
	public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
			throws Exception {
		Batch batch = batch();
		if (batch != null) {
			unitOfWork.resources().put(MARK, batch.mark());
			return interceptorChain.proceed();
		}
		if (direct && unitOfWork instanceof BatchingUnitOfWork) {
			unitOfWork.afterCommit(u -> direct = false);
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
	 * Parks the failed event (Axon's default decision) after undoing its rows: the ones
	 * staged since it started, or the ones written since its savepoint.
	 */
	@Override
	public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
		CurrentUnitOfWork.ifStarted(unitOfWork -> {
			Batch.Mark mark = unitOfWork.getResource(MARK);
			Savepoint savepoint = unitOfWork.getResource(SAVEPOINT);
			if (mark != null) {
				mark.batch().undoTo(mark);
			}
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
	 * The rows staged in one processor batch, by statement, and the projections' state.
	 */
	private static final class Batch {

		private final Map<String, List<Object[]>> statements = new LinkedHashMap<>();

		private final List<List<Object[]>> order = new ArrayList<>();

		private final Map<String, Object> state = new HashMap<>();

		record Mark(Batch batch, int rows) {
		}

		void add(String sql, Object[] args) {
			List<Object[]> rows = statements.computeIfAbsent(sql, s -> new ArrayList<>());
			rows.add(args);
			order.add(rows);
		}

		Mark mark() {
			return new Mark(this, order.size());
		}

		void undoTo(Mark mark) {
			while (order.size() > mark.rows()) {
				List<Object[]> rows = order.remove(order.size() - 1);
				rows.remove(rows.size() - 1);
			}
		}

		@SuppressWarnings("unchecked")
		<T> T state(String key, Supplier<T> fresh) {
			return (T) state.computeIfAbsent(key, k -> fresh.get());
		}

	}

}

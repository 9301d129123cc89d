package org.policyledger.read;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

import javax.sql.DataSource;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Makes each event's projection all or nothing: a savepoint is set before the event's
 * handlers run, and when one of them fails, its rows are rolled back to it. In the
 * processor's batch the failure never reaches this interceptor (the dead-letter queue
 * catches it first), so the rollback happens when the event is parked; in a retry of a
 * dead letter the failure passes through here. Without it a half-projected event would be
 * committed with the rest (and a retry would then trip over its own rows), and on
 * PostgreSQL the failed statement would abort the rest of the transaction.
 */
class ProjectionSavepoints implements MessageHandlerInterceptor<EventMessage<?>>, EnqueuePolicy<EventMessage<?>> {

	private static final String SAVEPOINT = ProjectionSavepoints.class.getName();

	private final DataSource dataSource;

	ProjectionSavepoints(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
			throws Exception {
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

	@Override
	public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
		Savepoint savepoint = CurrentUnitOfWork.map(unitOfWork -> (Savepoint) unitOfWork.resources().get(SAVEPOINT))
			.orElse(null);
		if (savepoint != null) {
			try {
				DataSourceUtils.getConnection(dataSource).rollback(savepoint);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("could not undo a failed projection's rows", ex);
			}
		}
		return Decisions.enqueue(ThrowableCause.truncated(cause));
	}

}

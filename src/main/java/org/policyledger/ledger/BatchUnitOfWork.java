package org.policyledger.ledger;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

/**
 * The unit of work of a bulk write. Every message made in it (a command and an event per
 * fact) is correlated with the batch's message, which does not change, so its correlation
 * data is asked of the providers once, not twice for each fact. Providers are registered
 * before any message is made.
 */
final class BatchUnitOfWork<T extends Message<?>> extends DefaultUnitOfWork<T> {

	private MetaData correlationData;

	private BatchUnitOfWork(T message) {
		super(message);
	}

	static <T extends Message<?>> BatchUnitOfWork<T> started(T message) {
		BatchUnitOfWork<T> unitOfWork = new BatchUnitOfWork<>(message);
		unitOfWork.start();
		return unitOfWork;
	}

	@Override
	public MetaData getCorrelationData() {
		if (correlationData == null) {
			correlationData = super.getCorrelationData();
		}
		return correlationData;
	}

}

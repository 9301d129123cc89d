package org.policyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.Test;

class BatchUnitOfWorkTest {

	@Test
	void correlatesEveryMessageWithTheBatchAskingTheProvidersOnce() {
		Message<?> batch = GenericCommandMessage.asCommandMessage("batch of 2").andMetaData(Map.of("recorder", "r"));
		AtomicInteger asked = new AtomicInteger();
		BatchUnitOfWork<?> unitOfWork = BatchUnitOfWork.started(batch);
		try {
			unitOfWork.registerCorrelationDataProvider(message -> {
				asked.incrementAndGet();
				return Map.of("correlationId", message.getIdentifier());
			});
			Message<?> command = GenericCommandMessage.asCommandMessage("a fact");
			Message<?> event = GenericEventMessage.asEventMessage("its event");
			assertThat(command.getMetaData()).containsEntry("correlationId", batch.getIdentifier());
			assertThat(event.getMetaData()).containsEntry("correlationId", batch.getIdentifier());
			assertThat(asked).hasValue(1);
		}
		finally {
			unitOfWork.rollback();
		}
	}

}

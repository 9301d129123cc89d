package org.policyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.junit.jupiter.api.Test;
import org.policyledger.api.Recorder;

class MessageOriginTest {

	private final MessageOrigin origin = new MessageOrigin();

	private final MessageOriginProvider axons = new MessageOriginProvider();

	private static Message<?> message(String id, Map<String, ?> metaData) {
		return new GenericMessage<>(id, "a message", metaData);
	}

	@Test
	void leavesOutTheTraceOfAMessageThatBeginsItsChain() {
		Message<?> command = message("command-1", Map.of(Recorder.META_DATA_KEY, "api:alice"));
		assertThat(origin.correlationDataFor(command)).isEqualTo(Map.of(MessageOrigin.CORRELATION_ID, "command-1"));
	}

	@Test
	void tracesAMessageWithoutATraceToTheMessageItCameFrom() {
		Message<?> event = message("event-1", Map.of(MessageOrigin.CORRELATION_ID, "command-1"));
		assertThat(origin.correlationDataFor(event))
			.isEqualTo(Map.of(MessageOrigin.CORRELATION_ID, "event-1", MessageOrigin.TRACE_ID, "command-1"));
	}

	@Test
	void keepsATraceAMessageCarries() {
		Message<?> event = message("event-1",
				Map.of(MessageOrigin.CORRELATION_ID, "command-2", MessageOrigin.TRACE_ID, "command-1"));
		assertThat(origin.correlationDataFor(event))
			.isEqualTo(Map.of(MessageOrigin.CORRELATION_ID, "event-1", MessageOrigin.TRACE_ID, "command-1"));
	}

	@Test
	void givesAxonsOriginAlongAChainOnceAMissingTraceIsReadAsTheCorrelation() {
		Message<?> ours = message("a", Map.of());
		Message<?> theirs = ours;
		for (String next : new String[] { "b", "c", "d" }) {
			Map<String, Object> expanded = new HashMap<>(origin.correlationDataFor(ours));
			expanded.putIfAbsent(MessageOrigin.TRACE_ID, expanded.get(MessageOrigin.CORRELATION_ID));
			assertThat(expanded).isEqualTo(axons.correlationDataFor(theirs));
			ours = message(next, origin.correlationDataFor(ours));
			theirs = message(next, axons.correlationDataFor(theirs));
		}
	}

}

package org.policyledger.ledger;

import java.util.Map;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;

/**
 * Axon's message origin without the repetition: each event carries the id of the message
 * it came from ({@code correlationId}), and the id of the message that began the chain
 * ({@code traceId}) only where that is another message. For every command the ledger is
 * sent the two are the same, so an event leaves its trace out, about 50 of the 130 bytes
 * of its metadata; an event without a {@code traceId} was traced to its
 * {@code correlationId}. Events recorded with both keep both.
 */
final class MessageOrigin implements CorrelationDataProvider {

	static final String CORRELATION_ID = MessageOriginProvider.getDefaultCorrelationKey();

	static final String TRACE_ID = MessageOriginProvider.getDefaultTraceKey();

	@Override
	public Map<String, ?> correlationDataFor(Message<?> message) {
		String trace = traceOf(message);
		return trace.equals(message.getIdentifier()) ? Map.of(CORRELATION_ID, message.getIdentifier())
				: Map.of(CORRELATION_ID, message.getIdentifier(), TRACE_ID, trace);
	}

	/**
	 * The id of the message that began the chain {@code message} is in: its trace, else
	 * the message it came from, else its own id.
	 */
	private static String traceOf(Message<?> message) {
		MetaData metaData = message.getMetaData();
		Object origin = metaData.getOrDefault(TRACE_ID, metaData.get(CORRELATION_ID));
		return origin == null ? message.getIdentifier() : origin.toString();
	}

}

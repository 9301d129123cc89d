package org.policyledger.read;

import java.util.List;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.queryhandling.QueryMessage;

/**
 * Axon's message metrics (counters, timers, the processor's latency) without its capacity
 * monitors. A capacity monitor keeps every handled message's time for ten minutes in a
 * sorted map, whatever the rate: a read-model replay at 1,500 events/s held 930,000
 * entries, and the ledger's heap cannot hold that at the size of the UN dataset. The
 * share of time a processor or bus is busy is the rate of its timer's sum instead, e.g.
 * {@code rate(eventProcessor_allTimer_seconds_sum[1m])}. The query update emitter keeps
 * Axon's monitor (Axon builds it privately); the ledger sends no subscription-query
 * updates, so it holds nothing.
 * <p>
 * The event store has no monitor: {@code ledger.events.recorded} counts its events by
 * type once they are committed, and Axon's counter and timer looked their meters up in
 * the registry for every event, 3.5% of the UN import's time.
 */
class TimedMessageMetrics extends GlobalMetricRegistry {

	private static final Function<Message<?>, Iterable<Tag>> NO_TAGS = message -> Tags.empty();

	TimedMessageMetrics(MeterRegistry registry) {
		super(registry);
	}

	@Override
	public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String name) {
		return registerEventProcessor(name, NO_TAGS, NO_TAGS);
	}

	@Override
	public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String name,
			Function<Message<?>, Iterable<Tag>> tags, Function<Message<?>, Iterable<Tag>> latencyTags) {
		return new MultiMessageMonitor<EventMessage<?>>(
				List.of(MessageTimerMonitor.buildMonitor(name, getRegistry(), tags),
						EventProcessorLatencyMonitor.builder()
							.meterNamePrefix(name)
							.meterRegistry(getRegistry())
							.tagsBuilder(latencyTags)
							.build(),
						MessageCountingMonitor.buildMonitor(name, getRegistry(), tags)));
	}

	@Override
	public MessageMonitor<? super EventMessage<?>> registerEventBus(String name) {
		return NoOpMessageMonitor.INSTANCE;
	}

	@Override
	public MessageMonitor<? super EventMessage<?>> registerEventBus(String name,
			Function<Message<?>, Iterable<Tag>> tags) {
		return NoOpMessageMonitor.INSTANCE;
	}

	@Override
	public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String name) {
		return handlers(name, NO_TAGS);
	}

	@Override
	public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String name,
			Function<Message<?>, Iterable<Tag>> tags) {
		return handlers(name, tags);
	}

	@Override
	public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String name) {
		return handlers(name, NO_TAGS);
	}

	@Override
	public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String name,
			Function<Message<?>, Iterable<Tag>> tags) {
		return handlers(name, tags);
	}

	private MessageMonitor<Message<?>> handlers(String name, Function<Message<?>, Iterable<Tag>> tags) {
		return new MultiMessageMonitor<>(MessageTimerMonitor.buildMonitor(name, getRegistry(), tags),
				MessageCountingMonitor.buildMonitor(name, getRegistry(), tags));
	}

}

package org.policyledger.read;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.serialization.Serializer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One event a projection cannot process never stops the read models: it is parked in a
 * dead-letter queue (table {@code dead_letter_entry}, in the same database and
 * transaction as the projections and their token), with the later events of its stream so
 * that each stream keeps its order, and every other stream goes on. Each event is
 * projected whole or not at all ({@link ProjectionWriter}).
 */
@Configuration(proxyBeanMethods = false)
class ReadModelConfiguration {

	/**
	 * Bounds far above Axon's defaults (1,024 streams, 1,024 letters each): a UN member
	 * state's stream holds about 6,000 votes, and a full queue would stop the processor
	 * again.
	 */
	private static final int MAX_STREAMS = 1_000_000;

	private static final int MAX_LETTERS_PER_STREAM = 1_000_000;

	@Bean
	ConfigurerModule readModelDeadLetters(EntityManagerProvider entityManagers, TransactionManager transactions,
			Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer, ProjectionWriter writer) {
		return configurer -> configurer.eventProcessing(
				processing -> processing.registerHandlerInterceptor(ReadModel.PROCESSING_GROUP, c -> writer)
					.registerDeadLetterPolicy(ReadModel.PROCESSING_GROUP, c -> writer)
					.registerDeadLetterQueue(ReadModel.PROCESSING_GROUP,
							c -> JpaSequencedDeadLetterQueue.<EventMessage<?>>builder()
								.processingGroup(ReadModel.PROCESSING_GROUP)
								.entityManagerProvider(entityManagers)
								.transactionManager(transactions)
								.genericSerializer(serializer)
								.eventSerializer(eventSerializer)
								.maxSequences(MAX_STREAMS)
								.maxSequenceSize(MAX_LETTERS_PER_STREAM)
								.build())
					// a rebuild starts without dead letters; while the queue is empty,
					// the cache spares a query per event
					.registerDeadLetteringEventHandlerInvokerConfiguration(ReadModel.PROCESSING_GROUP,
							(c, invoker) -> invoker.allowReset(true).enableSequenceIdentifierCache()));
	}

	/**
	 * {@code /actuator/health} shows how far the read models are behind the event store
	 * and how many events are parked as dead letters; in the readiness group, more than
	 * {@code ledger.read-model.ready-lag} events behind takes the node out of rotation
	 * (never when it is negative).
	 */
	@Bean
	HealthIndicator readModelHealthIndicator(ReadModelMaintenance maintenance,
			@Value("${ledger.read-model.ready-lag}") long readyLag) {
		return () -> health(maintenance.status(), readyLag);
	}

	static Health health(ReadModelStatus status, long readyLag) {
		return (readyLag >= 0 && status.behind() > readyLag ? Health.outOfService() : Health.up())
			.withDetail("caughtUp", status.caughtUp())
			.withDetail("position", status.position())
			.withDetail("head", status.head())
			.withDetail("behind", status.behind())
			.withDetail("readyLag", readyLag)
			.withDetail("rebuilding", status.rebuilding())
			.withDetail("deadLetters", status.deadLetters())
			.build();
	}

	/**
	 * Axon's metrics without the capacity monitors' ten minutes of samples in the heap.
	 */
	@Bean
	GlobalMetricRegistry globalMetricRegistry(MeterRegistry meters) {
		return new TimedMessageMetrics(meters);
	}

	/**
	 * {@code ledger.read_model.lag}: events stored but not yet projected on this node;
	 * {@code ledger.read_model.dead_letters}: events no projection could process.
	 */
	@Bean
	MeterBinder readModelMetrics(ReadModelMaintenance maintenance) {
		return meters -> {
			Gauge.builder("ledger.read_model.lag", maintenance, m -> m.progress().behind())
				.description("Events stored but not yet projected on this node")
				.register(meters);
			Gauge.builder("ledger.read_model.dead_letters", maintenance, ReadModelMaintenance::deadLetterCount)
				.description("Events no projection could process")
				.register(meters);
		};
	}

}

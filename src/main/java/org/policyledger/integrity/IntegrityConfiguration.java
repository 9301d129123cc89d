package org.policyledger.integrity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event store: Axon's JPA engine as its auto-configuration would build it, with every
 * append chained, under an embedded event store without the shared event cache.
 */
@Configuration(proxyBeanMethods = false)
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
class IntegrityConfiguration {

	@Bean
	EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptions,
			@Qualifier("eventSerializer") Serializer eventSerializer,
			org.axonframework.config.Configuration configuration, EntityManagerProvider entityManagers,
			TransactionManager transactions, LedgerChain chain, JdbcTemplate jdbc, MeterRegistry meters,
			WriteBehind writeBehind) {
		JpaEventStorageEngine.Builder builder = JpaEventStorageEngine.builder()
			.snapshotSerializer(defaultSerializer)
			.upcasterChain(configuration.upcasterChain())
			.persistenceExceptionResolver(exceptions)
			.eventSerializer(eventSerializer)
			.snapshotFilter(configuration.snapshotFilter())
			.entityManagerProvider(entityManagers)
			.transactionManager(transactions);
		return new ChainingEventStorageEngine(builder, chain, transactions, jdbc, meters, writeBehind);
	}

	/**
	 * Each event stream reads the storage engine itself. The shared cache of recent
	 * events (Axon's "event consumption optimization") kept every event appended while
	 * the read models were paused, 580,000 of them in a 1M-fact import, until the heap
	 * ran out (AxonFramework issue 2954); with a single processor it saves nothing.
	 */
	@Bean
	EmbeddedEventStore eventStore(EventStorageEngine storage, org.axonframework.config.Configuration configuration) {
		return EmbeddedEventStore.builder()
			.storageEngine(storage)
			.messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
			.spanFactory(configuration.getComponent(EventBusSpanFactory.class))
			.optimizeEventConsumption(false)
			.build();
	}

	/** {@code ledger.chain.length}: how many events the hash chain covers. */
	@Bean
	MeterBinder chainMetrics(LedgerChain chain) {
		return meters -> Gauge.builder("ledger.chain.length", chain, c -> c.head().position())
			.description("Events covered by the hash chain")
			.register(meters);
	}

	@Bean
	FlywayConfigurationCustomizer chainExistingEvents() {
		return flyway -> flyway.javaMigrations(new ChainExistingEvents());
	}

}

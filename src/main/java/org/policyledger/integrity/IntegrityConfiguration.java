package org.policyledger.integrity;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store's engine: Axon's JPA engine as its auto-configuration would build it,
 * with every append chained.
 */
@Configuration(proxyBeanMethods = false)
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
class IntegrityConfiguration {

	@Bean
	EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptions,
			@Qualifier("eventSerializer") Serializer eventSerializer,
			org.axonframework.config.Configuration configuration, EntityManagerProvider entityManagers,
			TransactionManager transactions, LedgerChain chain) {
		JpaEventStorageEngine.Builder builder = JpaEventStorageEngine.builder()
			.snapshotSerializer(defaultSerializer)
			.upcasterChain(configuration.upcasterChain())
			.persistenceExceptionResolver(exceptions)
			.eventSerializer(eventSerializer)
			.snapshotFilter(configuration.snapshotFilter())
			.entityManagerProvider(entityManagers)
			.transactionManager(transactions);
		return new ChainingEventStorageEngine(builder, chain, transactions);
	}

	@Bean
	FlywayConfigurationCustomizer chainExistingEvents() {
		return flyway -> flyway.javaMigrations(new ChainExistingEvents());
	}

}

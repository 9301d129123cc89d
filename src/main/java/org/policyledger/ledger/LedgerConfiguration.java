package org.policyledger.ledger;

import java.lang.annotation.ElementType;
import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.policyledger.api.FactId;
import org.policyledger.api.PlainText;
import org.policyledger.api.Recorder;
import org.policyledger.integrity.LedgerChain;
import org.policyledger.integrity.WriteBehind;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Wires the write side's collaborators; tests replace the clock and the id source. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Each command takes the chain head's lock first, inside the transaction the command
	 * bus opened for it, so that its recording time is read after every earlier write was
	 * chained (a batch takes it in {@link Ledger#write}). A commit that fails still rolls
	 * back the command's unit of work, and the cached actor with it.
	 */
	@Bean
	SmartInitializingSingleton chainHeadFirst(ObjectProvider<CommandBus> commandBus,
			ObjectProvider<LedgerChain> chain) {
		return () -> commandBus.getObject().registerHandlerInterceptor((unitOfWork, interceptorChain) -> {
			chain.getObject().holdHead();
			return interceptorChain.proceed();
		});
	}

	@Bean
	@ConditionalOnMissingBean
	FactIdSource factIdSource() {
		return () -> FactId.of(UUID.randomUUID().toString());
	}

	/**
	 * Snapshots an actor whose load replayed {@code ledger.snapshots.after-replaying}
	 * events or more; Axon's snapshotter writes it in the thread that loaded the actor,
	 * after its unit of work commits.
	 */
	@Bean
	SnapshotTriggerDefinition actorSnapshots(Snapshotter snapshotter,
			@Value("${ledger.snapshots.after-replaying}") int events, WriteBehind writeBehind) {
		return new LongLoadSnapshots(snapshotter, events, writeBehind::isEnlisted);
	}

	/**
	 * Every property of a command is validated. With JPA on the class path, Hibernate
	 * Validator otherwise asks JPA for each property whether it is loaded, which took a
	 * quarter of the time to check the UN votes; no entity is ever validated. Nor are its
	 * answers, always the same, cached for each validation.
	 */
	@Bean
	ValidationConfigurationCustomizer everyPropertyReachable() {
		return configuration -> {
			if (configuration instanceof HibernateValidatorConfiguration hibernate) {
				hibernate.enableTraversableResolverResultCache(false);
			}
			configuration.traversableResolver(new TraversableResolver() {
				@Override
				public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path,
						ElementType type) {
					return true;
				}

				@Override
				public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path,
						ElementType type) {
					return true;
				}
			});
		};
	}

	/** Every string read from JSON, by the API or from files, is plain text. */
	@Bean
	PlainText plainText() {
		return new PlainText();
	}

	/**
	 * Every event carries the correlation of its command, and its trace where that
	 * differs.
	 */
	@Bean
	CorrelationDataProvider messageOrigin() {
		return new MessageOrigin();
	}

	/** Every event keeps who recorded it, from its command's metadata. */
	@Bean
	CorrelationDataProvider recorder() {
		return new SimpleCorrelationDataProvider(Recorder.META_DATA_KEY);
	}

	@Bean
	LedgerServices ledgerServices(Clock clock, FactIdSource factIds, NamedParameterJdbcTemplate jdbc,
			EventStorageEngine storage, @Qualifier("eventSerializer") Serializer eventSerializer) {
		return new LedgerServices(clock, factIds, new JdbcIdClaims(jdbc),
				new RememberingReferenceCheck(new EventStoreReferenceCheck(storage)),
				new ContentDigests(eventSerializer));
	}

}

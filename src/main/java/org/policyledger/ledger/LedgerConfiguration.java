package org.policyledger.ledger;

import java.time.Clock;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.policyledger.api.FactId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the write side's collaborators; tests replace the clock and the id source. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	FactIdSource factIdSource() {
		return () -> FactId.of(UUID.randomUUID().toString());
	}

	@Bean
	LedgerServices ledgerServices(Clock clock, FactIdSource factIds, JdbcTemplate jdbc, EventStore eventStore) {
		return new LedgerServices(clock, factIds, new JdbcFactIdClaims(jdbc), new EventStoreReferenceCheck(eventStore));
	}

}

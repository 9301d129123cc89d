package org.policyledger.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.policyledger.TestLedger;
import org.policyledger.api.ActorId;
import org.policyledger.api.Citation;
import org.policyledger.api.PositionStated;
import org.policyledger.api.SourceId;
import org.policyledger.api.Stance;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeding runs once per ledger, so each test starts the service on a data directory of
 * its own.
 */
class SeedDataIntegrationTest {

	private static final int SEED_ENTRIES = 75;

	/** The service as the README runs it, on a data directory of its own. */
	private static ConfigurableApplicationContext start(Path dataDir, String... properties) {
		return TestLedger.on(dataDir).serving().start(properties);
	}

	private static long events(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from domain_event_entry", Long.class);
	}

	@Test
	void loadsTheSeedIntoAnEmptyLedgerWithItsSources() {
		try (ConfigurableApplicationContext context = start(TestLedger.freshDataDir())) {
			assertThat(events(context)).isEqualTo(SEED_ENTRIES);
			List<PositionStated> usPositions = context.getBean(EventStore.class)
				.readEvents(ActorId.of("USA").toString())
				.asStream()
				.map(DomainEventMessage::getPayload)
				.filter(PositionStated.class::isInstance)
				.map(PositionStated.class::cast)
				.toList();
			PositionStated unsc = usPositions.stream()
				.filter(p -> p.factId().value().equals("usa-2025-09-24-multilateral-ai-governance"))
				.findFirst()
				.orElseThrow();
			assertThat(unsc.stance()).isEqualTo(Stance.STRONGLY_OPPOSES);
			assertThat(unsc.quote()).isEqualTo(
					"We totally reject all efforts by international bodies to assert centralized control and global governance of AI.");
			assertThat(unsc.speaker().name()).isEqualTo("Michael Kratsios");
			assertThat(unsc.sources()).extracting(Citation::source)
				.containsExactly(SourceId.of("news-2025-09-us-rejects-un-ai-oversight"),
						SourceId.of("csis-2025-10-07-un-global-dialogue"));
		}
	}

	@Test
	void storesEventsAsReadableJsonWithTheirRevision() {
		try (ConfigurableApplicationContext context = start(TestLedger.freshDataDir())) {
			byte[] payload = context.getBean(JdbcTemplate.class)
				.queryForObject(
						"select payload from domain_event_entry where payload_type = ? and payload_revision = ?"
								+ " order by global_index fetch first 1 rows only",
						byte[].class, PositionStated.class.getName(), "1");
			assertThat(new String(payload, StandardCharsets.UTF_8)).startsWith("{\"factId\":").contains("\"stance\":");
		}
	}

	@Test
	void neverLoadsTheSeedTwice() {
		Path dataDir = TestLedger.freshDataDir();
		try (ConfigurableApplicationContext first = start(dataDir)) {
			assertThat(events(first)).isEqualTo(SEED_ENTRIES);
		}
		try (ConfigurableApplicationContext second = start(dataDir)) {
			assertThat(events(second)).isEqualTo(SEED_ENTRIES);
		}
	}

	@Test
	void leavesTheLedgerEmptyWhenTheSeedFails() {
		Path dataDir = TestLedger.freshDataDir();
		assertThatThrownBy(() -> start(dataDir, "--ledger.seed.location=classpath:broken-seed.json"))
			.hasStackTraceContaining("broken-seed.json:")
			.hasStackTraceContaining(": unknown topic 'no-such-topic'");
		try (ConfigurableApplicationContext context = start(dataDir, "--ledger.seed.enabled=false")) {
			assertThat(events(context)).isZero();
		}
	}

}

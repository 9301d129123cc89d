package org.policyledger.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.axonframework.config.ConfigurerModule;
import org.junit.jupiter.api.Test;
import org.policyledger.TestLedger;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * Read models are derived data: a rebuild from the event store gives the same answers,
 * and a restart carries on from the stored tokens instead of replaying from zero.
 */
class RebuildAndRestartIntegrationTest {

	/** Answers pinned to a recording time, so that they do not move with the clock. */
	private static final List<String> QUERIES = List.of(
			"/api/actors/USA/stances/multilateral-ai-governance?asOf=2020-01-01&knownAt=2099-01-01",
			"/api/actors/USA/stances/multilateral-ai-governance?asOf=2023-11-01&knownAt=2099-01-01",
			"/api/actors/USA/stances?asOf=2025-10-01&knownAt=2099-01-01", "/api/actors/USA/timeline?knownAt=2099-01-01",
			"/api/actors/UN/timeline?knownAt=2099-01-01",
			"/api/topics/multilateral-ai-governance/stances?asOf=2025-10-01&knownAt=2099-01-01",
			"/api/topics/ai-digital-divide/stances?asOf=2025-12-31&knownAt=2099-01-01",
			"/api/instruments/paris-ai-action-summit-declaration-2025/status?asOf=2025-12-31&knownAt=2099-01-01",
			"/api/instruments/gpai/status?asOf=2021-01-01&knownAt=2099-01-01",
			"/api/facts/usa-2025-09-24-multilateral-ai-governance",
			"/api/sources/csis-2025-10-07-un-global-dialogue/facts", "/api/audit/single-sourced?limit=1000",
			"/api/actors", "/api/sources", "/api/facts/usa-2025-09-24-multilateral-ai-governance/evidence",
			"/api/audit/quotes?status=verified&limit=1000", "/api/audit/secondary-only?limit=1000",
			"/api/sources/csis-2025-10-07-un-global-dialogue/archives");

	private static final Duration CATCH_UP = Duration.ofSeconds(30);

	private static ConfigurableApplicationContext start(Path dataDir) {
		return TestLedger.on(dataDir)
			.serving()
			.with(HeldProjection.class)
			.start("--ledger.security.tokens[0].name=rebuilder", "--ledger.security.tokens[0].role=ADMIN",
					"--ledger.security.tokens[0].sha256=9dc6b562304379ef9968049715d4d68df18447b003bfe6820768bc0f47408ddc");
	}

	private static Map<String, String> answers(ConfigurableApplicationContext context) {
		RestClient http = RestClient.create("http://localhost:" + TestLedger.port(context));
		Map<String, String> answers = new LinkedHashMap<>();
		QUERIES.forEach(query -> answers.put(query, http.get().uri(query).retrieve().body(String.class)));
		return answers;
	}

	private static long count(ConfigurableApplicationContext context, String sql) {
		return context.getBean(JdbcTemplate.class).queryForObject(sql, Long.class);
	}

	@Test
	void rebuildingFromTheEventStoreGivesTheSameAnswers() {
		try (ConfigurableApplicationContext context = start(TestLedger.freshDataDir())) {
			TestLedger.awaitCaughtUp(context, CATCH_UP);
			Map<String, String> before = answers(context);
			context.getBean(ReadModelMaintenance.class).rebuild();
			TestLedger.awaitCaughtUp(context, CATCH_UP);
			assertThat(answers(context)).isEqualTo(before);
			assertThat(before.values()).allSatisfy(answer -> assertThat(answer).isNotBlank());
		}
	}

	@Test
	void answersThatTheReadModelsAreRebuildingUntilTheyHoldEveryEventAgain() {
		try (ConfigurableApplicationContext context = start(TestLedger.freshDataDir())) {
			TestLedger.awaitCaughtUp(context, CATCH_UP);
			Map<String, String> before = answers(context);
			RestClient http = RestClient.create("http://localhost:" + TestLedger.port(context));
			HeldProjection.hold();
			try {
				context.getBean(ReadModelMaintenance.class).rebuild();
				for (String query : List.of(QUERIES.get(0), "/api/actors", "/api/actors/USA/timeline")) {
					ResponseEntity<String> answer = http.get()
						.uri(query)
						.retrieve()
						.onStatus(status -> true, (request, response) -> {
						})
						.toEntity(String.class);
					assertThat(answer.getStatusCode().value()).as(query).isEqualTo(503);
					assertThat(answer.getHeaders().getFirst("Retry-After")).isNotBlank();
					assertThat(answer.getBody()).contains("being rebuilt");
				}
				assertThat(http.get().uri("/api/status").retrieve().body(String.class)).contains("\"rebuilding\":true");
			}
			finally {
				HeldProjection.release();
			}
			TestLedger.awaitCaughtUp(context, CATCH_UP);
			assertThat(http.get().uri("/api/status").retrieve().body(String.class)).contains("\"rebuilding\":false");
			assertThat(answers(context)).isEqualTo(before);
		}
	}

	@Test
	void carriesOnFromTheStoredTokensAfterARestart() {
		Path dataDir = TestLedger.freshDataDir();
		Map<String, String> before;
		long facts;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			TestLedger.awaitCaughtUp(first, CATCH_UP);
			before = answers(first);
			facts = count(first, "select count(*) from rm_fact");
		}
		try (ConfigurableApplicationContext second = start(dataDir)) {
			assertThat(count(second, "select count(*) from token_entry where token is not null")).isPositive();
			assertThat(count(second, "select count(*) from rm_fact")).isEqualTo(facts);
			TestLedger.awaitCaughtUp(second, CATCH_UP);
			assertThat(count(second, "select count(*) from rm_fact")).isEqualTo(facts);
			assertThat(answers(second)).isEqualTo(before);
		}
	}

	/**
	 * Holds every projected event, while held, until released: a rebuild in progress
	 * stays in progress for as long as a test needs.
	 */
	@Configuration(proxyBeanMethods = false)
	static class HeldProjection {

		private static volatile CountDownLatch held = new CountDownLatch(0);

		static void hold() {
			held = new CountDownLatch(1);
		}

		static void release() {
			held.countDown();
		}

		@Bean
		ConfigurerModule heldProjection() {
			return configurer -> configurer.eventProcessing(processing -> processing
				.registerHandlerInterceptor(ReadModel.PROCESSING_GROUP, c -> (unitOfWork, chain) -> {
					held.await();
					return chain.proceed();
				}));
		}

	}

}

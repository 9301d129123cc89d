package org.policyledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.LedgerProcess;
import org.policyledger.TestLedger;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service killed with SIGKILL while writers are sending facts: after a restart every
 * fact it acknowledged is there, the store verifies, and the read model catches up.
 */
class CrashSafetyTest {

	private static final int WRITERS = 4;

	private static final int ACKNOWLEDGED_BEFORE_KILL = 120;

	@TempDir
	Path work;

	private final Path dataDir = TestLedger.freshDataDir();

	@Test
	void keepsEveryAcknowledgedFactWhenKilledMidWrite() throws Exception {
		int port = LedgerProcess.freePort();
		Process service = LedgerProcess.start(work.resolve("service.log"), "--ledger.data-dir=" + dataDir,
				"--server.port=" + port, "--ledger.security.tokens[0].name=crash-writer",
				"--ledger.security.tokens[0].role=EDITOR",
				"--ledger.security.tokens[0].sha256=" + LedgerIntegrationTest.EDITOR_TOKEN_SHA256);
		HttpClient http = HttpClient.newHttpClient();
		URI base = URI.create("http://localhost:" + port);
		await().atMost(Duration.ofMinutes(2))
			.ignoreExceptions()
			.until(() -> http
				.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString())
				.statusCode() == 200);

		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		List<String> actors = List.of("ESP", "USA", "CHN", "CRI");
		for (int w = 0; w < WRITERS; w++) {
			String actor = actors.get(w % actors.size());
			String prefix = "crash-" + w + "-";
			writers.submit(() -> {
				for (int i = 0;; i++) {
					String factId = prefix + i;
					HttpRequest post = HttpRequest.newBuilder(base.resolve("/api/facts"))
						.header("Authorization", "Bearer " + LedgerIntegrationTest.EDITOR_TOKEN)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(LedgerProcess.POSITION.formatted(factId, actor)))
						.build();
					if (http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
						acknowledged.add(factId);
					}
				}
			});
		}
		await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
		service.destroyForcibly().waitFor();
		writers.shutdownNow();
		assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		List<String> acked = new ArrayList<>(acknowledged);

		try (ConfigurableApplicationContext restarted = TestLedger.on(dataDir).start()) {
			StoreChecks.assertCaughtUpAndVerified(restarted, Duration.ofMinutes(1));
			JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
			for (String factId : acked) {
				assertThat(jdbc.queryForObject("select count(fact_key) from ledger_chain where fact_id = ?", Long.class,
						factId))
					.as("acknowledged fact %s in the event store", factId)
					.isOne();
				assertThat(jdbc.queryForObject("select count(*) from rm_fact where fact_id = ?", Long.class, factId))
					.as("acknowledged fact %s in the read model", factId)
					.isOne();
			}
		}
	}

}

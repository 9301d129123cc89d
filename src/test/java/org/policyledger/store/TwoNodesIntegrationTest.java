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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.LedgerProcess;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two service nodes in JVMs of their own on one PostgreSQL server (the binary from Maven
 * Central): writers on both at once, one node killed with SIGKILL mid-write. The survivor
 * goes on writing, takes over the read model's segment once the dead node's claim times
 * out, projects every acknowledged fact exactly once, and the store verifies.
 */
class TwoNodesIntegrationTest {

	private static final int WRITERS_PER_NODE = 3;

	/** Facts each node must have acknowledged before one is killed. */
	private static final int ACKNOWLEDGED_EACH = 60;

	private static final List<String> ACTORS = List.of("ESP", "USA", "CHN");

	/** The node that holds the read model's one segment. */
	private static final String OWNER = "select owner from token_entry where processor_name = 'read-model'";

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path work;

	@Test
	void survivorWritesAndProjectsEveryAcknowledgedFactOnceAfterTheOtherNodeIsKilled() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			URI first = URI.create("http://localhost:" + LedgerProcess.freePort());
			Process killed = node(url, first, "first.log");
			awaitReady(first);
			URI second = URI.create("http://localhost:" + LedgerProcess.freePort());
			Process survivor = node(url, second, "second.log");
			try {
				awaitReady(second);
				Set<String> acknowledged = ConcurrentHashMap.newKeySet();
				Map<URI, AtomicInteger> perNode = Map.of(first, new AtomicInteger(), second, new AtomicInteger());
				ExecutorService writers = Executors.newFixedThreadPool(2 * WRITERS_PER_NODE);
				for (int w = 0; w < 2 * WRITERS_PER_NODE; w++) {
					URI node = w % 2 == 0 ? first : second;
					String actor = ACTORS.get(w % ACTORS.size());
					String prefix = "two-nodes-" + w + "-";
					writers.submit(() -> {
						for (int i = 0;; i++) {
							if (post(node, LedgerProcess.POSITION.formatted(prefix + i, actor)) == 201) {
								acknowledged.add(prefix + i);
								perNode.get(node).incrementAndGet();
							}
						}
					});
				}
				await().atMost(Duration.ofMinutes(2))
					.until(() -> perNode.values().stream().allMatch(count -> count.get() >= ACKNOWLEDGED_EACH));
				JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
				String owner = jdbc.queryForObject(OWNER, String.class);
				long killedAt = System.nanoTime();
				killed.destroyForcibly().waitFor();
				for (int i = 0; i < 20; i++) {
					String factId = "after-the-kill-" + i;
					assertThat(post(second, LedgerProcess.POSITION.formatted(factId, ACTORS.get(i % ACTORS.size()))))
						.isEqualTo(201);
					acknowledged.add(factId);
				}
				writers.shutdownNow();
				assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

				await().atMost(Duration.ofMinutes(2))
					.pollInterval(Duration.ofMillis(200))
					.until(() -> get(second, "/api/status").contains("\"caughtUp\":true"));
				System.out.printf("two nodes: %d facts acknowledged; the survivor caught up %d ms after the kill%n",
						acknowledged.size(), (System.nanoTime() - killedAt) / 1_000_000);

				assertThat(jdbc.queryForObject(OWNER, String.class)).as("the segment's owner after the kill")
					.isNotNull()
					.isNotEqualTo(owner);
				for (String factId : new ArrayList<>(acknowledged)) {
					assertThat(jdbc.queryForObject("select count(*) from ledger_chain where fact_id = ?", Long.class,
							factId))
						.as("acknowledged fact %s in the event store", factId)
						.isOne();
					assertThat(
							jdbc.queryForObject("select count(*) from rm_fact where fact_id = ?", Long.class, factId))
						.as("acknowledged fact %s in the read model", factId)
						.isOne();
				}
				assertThat(get(second, "/api/admin/verify")).doesNotContain("\"passed\":false");
			}
			finally {
				killed.destroyForcibly().waitFor();
				survivor.destroy();
				survivor.waitFor(1, TimeUnit.MINUTES);
			}
		}
	}

	private Process node(String url, URI base, String log) throws Exception {
		return LedgerProcess.start(work.resolve(log), "--spring.profiles.active=postgresql",
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--ledger.data-dir=" + work.resolve(log + ".data"), "--server.port=" + base.getPort(),
				"--ledger.security.tokens[0].name=node-writer", "--ledger.security.tokens[0].role=EDITOR",
				"--ledger.security.tokens[0].sha256=" + LedgerIntegrationTest.EDITOR_TOKEN_SHA256,
				"--ledger.security.tokens[1].name=node-admin", "--ledger.security.tokens[1].role=ADMIN",
				"--ledger.security.tokens[1].sha256=" + LedgerIntegrationTest.ADMIN_TOKEN_SHA256);
	}

	private void awaitReady(URI node) {
		await().atMost(Duration.ofMinutes(2))
			.ignoreExceptions()
			.until(() -> http
				.send(HttpRequest.newBuilder(node.resolve("/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200);
	}

	private int post(URI node, String fact) throws Exception {
		return http
			.send(HttpRequest.newBuilder(node.resolve("/api/facts"))
				.header("Authorization", "Bearer " + LedgerIntegrationTest.EDITOR_TOKEN)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(fact))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private String get(URI node, String path) throws Exception {
		return http
			.send(HttpRequest.newBuilder(node.resolve(path))
				.header("Authorization", "Bearer " + LedgerIntegrationTest.ADMIN_TOKEN)
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}

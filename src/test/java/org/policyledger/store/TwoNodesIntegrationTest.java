package org.policyledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.policyledger.TestLedger;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two service nodes in JVMs of their own on one PostgreSQL server (the binary from Maven
 * Central): writers on both at once, one node killed with SIGKILL mid-write. The survivor
 * goes on writing, takes over the read model's segment once the dead node's claim times
 * out, projects every acknowledged fact exactly once, and the store verifies. And a
 * rolling restart, one node at a time while writers send to whichever node answers, loses
 * nothing; each time a node stops, the segment moves to the other, so it comes back to
 * the first node once that has returned.
 */
class TwoNodesIntegrationTest {

	private static final int WRITERS_PER_NODE = 3;

	/** Facts each node must have acknowledged before one is killed or restarted. */
	private static final int ACKNOWLEDGED_EACH = 60;

	/** Sends of one fact, to one node and the other in turn, before a writer gives up. */
	private static final int MAX_ATTEMPTS = 600;

	private static final List<String> ACTORS = List.of("ESP", "USA", "CHN");

	/** The node that holds the read model's one segment. */
	private static final String OWNER = "select owner from token_entry where processor_name = 'read-model'";

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path work;

	@Test
	void survivorWritesAndProjectsEveryAcknowledgedFactOnceAfterTheOtherNodeIsKilled() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			URI first = URI.create("http://localhost:" + LedgerProcess.freePort());
			Process killed = node(postgres, first, "first");
			awaitReady(first);
			URI second = URI.create("http://localhost:" + LedgerProcess.freePort());
			Process survivor = node(postgres, second, "second");
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

				awaitCaughtUp(second);
				System.out.printf("two nodes: %d facts acknowledged; the survivor caught up %d ms after the kill%n",
						acknowledged.size(), (System.nanoTime() - killedAt) / 1_000_000);

				assertThat(jdbc.queryForObject(OWNER, String.class)).as("the segment's owner after the kill")
					.isNotNull()
					.isNotEqualTo(owner);
				assertEveryFactOnceAndVerified(jdbc, acknowledged, second);
			}
			finally {
				killed.destroyForcibly().waitFor();
				survivor.destroy();
				survivor.waitFor(1, TimeUnit.MINUTES);
			}
		}
	}

	@Test
	void restartsTheNodesOneByOneWhileWritesGoOnAndLosesNothing() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			List<URI> nodes = List.of(URI.create("http://localhost:" + LedgerProcess.freePort()),
					URI.create("http://localhost:" + LedgerProcess.freePort()));
			Process[] running = new Process[2];
			try {
				for (int n = 0; n < 2; n++) {
					running[n] = node(postgres, nodes.get(n), "node-" + n);
					awaitReady(nodes.get(n));
				}
				Set<String> acknowledged = ConcurrentHashMap.newKeySet();
				AtomicInteger sentAgain = new AtomicInteger();
				ExecutorService writers = Executors.newFixedThreadPool(2 * WRITERS_PER_NODE);
				for (int w = 0; w < 2 * WRITERS_PER_NODE; w++) {
					int writer = w;
					writers.submit(() -> {
						for (int i = 0;; i++) {
							String factId = "rolling-" + writer + "-" + i;
							String fact = LedgerProcess.POSITION.formatted(factId, ACTORS.get(writer % ACTORS.size()));
							for (int attempt = 0;; attempt++) {
								assertThat(attempt).as("attempts at %s", factId).isLessThan(MAX_ATTEMPTS);
								int status = postOrFail(nodes.get((writer + i + attempt) % 2), fact);
								if (status == 201 || status == 200) {
									acknowledged.add(factId);
									break;
								}
								sentAgain.incrementAndGet();
								Thread.sleep(50);
							}
						}
					});
				}
				JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
				long started = System.nanoTime();
				for (int n = 0; n < 2; n++) {
					int before = acknowledged.size();
					await().atMost(Duration.ofMinutes(2))
						.until(() -> acknowledged.size() >= before + ACKNOWLEDGED_EACH);
					running[n].destroy();
					assertThat(running[n].waitFor(1, TimeUnit.MINUTES)).isTrue();
					Process other = running[1 - n];
					await("the segment moves to the other node, " + other.pid()).atMost(Duration.ofSeconds(30))
						.until(() -> String.valueOf(jdbc.queryForObject(OWNER, String.class))
							.startsWith(other.pid() + "@"));
					running[n] = node(postgres, nodes.get(n), "node-" + n);
					awaitReady(nodes.get(n));
				}
				int before = acknowledged.size();
				await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= before + ACKNOWLEDGED_EACH);
				writers.shutdownNow();
				assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
				System.out.printf("rolling restart: %d facts acknowledged in %d ms, %d sent again to the other node%n",
						acknowledged.size(), (System.nanoTime() - started) / 1_000_000, sentAgain.get());
				for (URI node : nodes) {
					awaitCaughtUp(node);
				}
				assertEveryFactOnceAndVerified(jdbc, acknowledged, nodes.get(0));
			}
			finally {
				for (Process node : running) {
					if (node != null) {
						node.destroy();
						node.waitFor(1, TimeUnit.MINUTES);
					}
				}
			}
		}
	}

	private void awaitCaughtUp(URI node) {
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> get(node, "/api/status").contains("\"caughtUp\":true"));
	}

	/**
	 * Each acknowledged fact once in the chain and once in the read model, counted in one
	 * statement per table: the test's data source opens a connection per statement.
	 */
	private void assertEveryFactOnceAndVerified(JdbcTemplate jdbc, Set<String> acknowledged, URI node)
			throws Exception {
		Map<String, Long> chained = countsByFact(jdbc,
				"select fact_id, count(*) from ledger_chain where fact_id is not null group by fact_id");
		Map<String, Long> projected = countsByFact(jdbc, "select fact_id, count(*) from rm_fact group by fact_id");
		for (String factId : acknowledged) {
			assertThat(chained.get(factId)).as("acknowledged fact %s in the event store", factId).isEqualTo(1L);
			assertThat(projected.get(factId)).as("acknowledged fact %s in the read model", factId).isEqualTo(1L);
		}
		assertThat(get(node, "/api/admin/verify")).doesNotContain("\"passed\":false");
	}

	private static Map<String, Long> countsByFact(JdbcTemplate jdbc, String sql) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.query(sql, row -> {
			counts.put(row.getString(1), row.getLong(2));
		});
		return counts;
	}

	/**
	 * A node with its own data directory (its signing key), logging to a new file each
	 * start.
	 */
	private Process node(EmbeddedPostgres postgres, URI base, String name) throws Exception {
		List<String> arguments = new ArrayList<>(TestLedger.postgres(postgres, "postgres"));
		arguments.addAll(List.of("--ledger.data-dir=" + work.resolve(name), "--server.port=" + base.getPort(),
				"--ledger.security.tokens[0].name=node-writer", "--ledger.security.tokens[0].role=EDITOR",
				"--ledger.security.tokens[0].sha256=" + LedgerIntegrationTest.EDITOR_TOKEN_SHA256,
				"--ledger.security.tokens[1].name=node-admin", "--ledger.security.tokens[1].role=ADMIN",
				"--ledger.security.tokens[1].sha256=" + LedgerIntegrationTest.ADMIN_TOKEN_SHA256));
		return LedgerProcess.start(work.resolve(name + "-" + System.nanoTime() + ".log"),
				arguments.toArray(String[]::new));
	}

	private void awaitReady(URI node) {
		await().atMost(Duration.ofMinutes(2))
			.ignoreExceptions()
			.until(() -> http
				.send(HttpRequest.newBuilder(node.resolve("/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200);
	}

	private int post(URI node, String fact) throws IOException, InterruptedException {
		return http
			.send(HttpRequest.newBuilder(node.resolve("/api/facts"))
				.header("Authorization", "Bearer " + LedgerIntegrationTest.EDITOR_TOKEN)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(fact))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	/**
	 * The answer's status, or -1 when the node did not answer (it is stopping or
	 * starting).
	 */
	private int postOrFail(URI node, String fact) throws InterruptedException {
		try {
			return post(node, fact);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private String get(URI node, String path) throws Exception {
		return http
			.send(HttpRequest.newBuilder(node.resolve(path))
				.header("Authorization", "Bearer " + LedgerIntegrationTest.ADMIN_TOKEN)
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}

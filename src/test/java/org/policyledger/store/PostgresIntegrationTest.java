package org.policyledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.TestLedger;
import org.policyledger.api.Recorder;
import org.policyledger.integrity.Digest;
import org.policyledger.integrity.DigestSigner;
import org.policyledger.integrity.Integrity;
import org.policyledger.integrity.LedgerBackup;
import org.policyledger.integrity.SigningKey;
import org.policyledger.interchange.Importer;
import org.policyledger.ledger.ActorAggregate;
import org.policyledger.ledger.SnapshotAudit;
import org.policyledger.read.ReadModelMaintenance;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * The production store: the service on a real PostgreSQL server (a binary from Maven
 * Central, started for this test), with the postgresql profile's schema and dialect.
 */
class PostgresIntegrationTest {

	private static EmbeddedPostgres postgres;

	private static ConfigurableApplicationContext context;

	private static RestClient http;

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.start();
		context = TestLedger.fresh()
			.serving()
			.onPostgres(postgres, "postgres")
			.start("--ledger.security.tokens[0].name=pg-editor", "--ledger.security.tokens[0].role=EDITOR",
					"--ledger.security.tokens[0].sha256=afe5372f18d9f3f144e3663dd02147b08b7b2e06231e2769ecf988532debeb9e",
					"--ledger.security.tokens[1].name=pg-admin", "--ledger.security.tokens[1].role=ADMIN",
					"--ledger.security.tokens[1].sha256=" + LedgerIntegrationTest.ADMIN_TOKEN_SHA256,
					"--ledger.snapshots.after-replaying=5", "--ledger.read-model.analyze-after=1",
					"--ledger.read-model.analyze-check=1h");
		http = RestClient.create("http://localhost:" + TestLedger.port(context));
		TestLedger.awaitCaughtUp(context, Duration.ofSeconds(30));
	}

	@AfterAll
	static void stop() throws IOException {
		context.close();
		postgres.close();
	}

	@Test
	void analysesTheDatabaseOnceTheReadModelsCaughtUp() {
		TestLedger.awaitCaughtUp(context, Duration.ofSeconds(30));
		assertThat(context.getBean(ReadModelStatistics.class).refreshIfStale()).isTrue();
		assertThat(context.getBean(JdbcTemplate.class)
			.queryForObject(
					"select last_analyze is not null from pg_stat_user_tables where relname = 'rm_fact_version'",
					Boolean.class))
			.isTrue();
	}

	@Test
	void storesEventsAndTokensAsBytea() {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForList(
				"select data_type from information_schema.columns where column_name in"
						+ " ('payload', 'token', 'meta_data') and table_name in ('domain_event_entry', 'token_entry')",
				String.class))
			.isNotEmpty()
			.containsOnly("bytea");
		assertThat(
				jdbc.queryForObject(
						"select convert_from(payload, 'UTF8') from domain_event_entry"
								+ " where payload_type like '%PositionStated' order by global_index limit 1",
						String.class))
			.startsWith("{\"factId\":");
	}

	@Test
	void fillsThePagesOfTheKeysThatOnlyGrowAtTheirEnd() {
		assertThat(context.getBean(JdbcTemplate.class)
			.queryForList("select relname || ' ' || array_to_string(reloptions, ',') from pg_class"
					+ " where relname in ('domain_event_entry_pkey', 'ledger_chain_pkey')", String.class))
			.containsExactlyInAnyOrder("domain_event_entry_pkey fillfactor=100", "ledger_chain_pkey fillfactor=100");
	}

	@Test
	void plansEachPreparedStatementOnceForAnyParameters() {
		assertThat(TestLedger.postgresSetting(context, "plan_cache_mode")).isEqualTo("force_generic_plan");
	}

	@Test
	void indexesOnlyTheFactsItsShortListsAskFor() {
		assertThat(context.getBean(JdbcTemplate.class)
			.queryForList(
					"select indexname || ': ' || substring(indexdef from ' WHERE .*') from pg_indexes where indexname"
							+ " in ('ix_rm_version_worded', 'ix_rm_fact_target', 'ix_rm_fact_single_source')",
					String.class))
			.containsExactlyInAnyOrder("ix_rm_version_worded:  WHERE worded",
					"ix_rm_fact_target:  WHERE (target_fact_id IS NOT NULL)",
					"ix_rm_fact_single_source:  WHERE (source_count = 1)");
	}

	@Test
	void compilesNoStatementJustInTime() {
		assertThat(TestLedger.postgresSetting(context, "jit")).isEqualTo("off");
	}

	@Test
	void pagesEachListByItsCursorToTheFactsOfOneWholePage() {
		for (String list : List.of("/api/audit/single-sourced?", "/api/audit/secondary-only?",
				"/api/audit/quotes?status=verified&", "/api/sources/news-2025-09-us-rejects-un-ai-oversight/facts?")) {
			List<String> whole = JsonPath.read(body(list + "limit=1000"), "$.facts[*].factId");
			List<String> paged = new ArrayList<>();
			String after = null;
			do {
				String page = body(list + "limit=2" + (after == null ? "" : "&after=" + after));
				paged.addAll(JsonPath.read(page, "$.facts[*].factId"));
				after = (String) JsonPath.<Map<String, Object>>read(page, "$").get("next");
			}
			while (after != null);
			assertThat(paged).as(list).isNotEmpty().isEqualTo(whole);
		}
	}

	private String body(String path) {
		return http.get().uri(path).retrieve().body(String.class);
	}

	@Test
	void importsInBatchesOfFiveThousandUnlessTold() {
		assertThat(context.getBean(Importer.class).options(false, Recorder.SEED).batchSize()).isEqualTo(5_000);
	}

	@Test
	void recomputesTheReadModelFromTheLogAsOnH2() {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		ReadModelMaintenance readModel = context.getBean(ReadModelMaintenance.class);
		ReadModelAudit audit = context.getBean(ReadModelAudit.class);
		jdbc.update("update rm_fact_version set summary = 'forged' where fact_id = 'usa-2020-gpai' and version = 0");
		ReadModelAudit.Snapshot snapshot = audit.snapshotAndRebuild();
		await().atMost(Duration.ofSeconds(60)).until(readModel::isCaughtUp);
		assertThat(audit.compare(snapshot).detail())
			.isEqualTo("1 row differed from the log and were rebuilt: [rm_fact_version (usa-2020-gpai, 0): changed]");
	}

	@Test
	void rebuildsTheReadModelsIntoNewFilesAndGivesTheOldOnesBack() {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		ReadModelMaintenance readModel = context.getBean(ReadModelMaintenance.class);
		String files = "select pg_relation_filenode('rm_fact') || ' ' || pg_relation_filenode('rm_actor')";
		await().atMost(Duration.ofSeconds(60)).until(readModel::isCaughtUp);
		String before = jdbc.queryForObject(files, String.class);
		long facts = jdbc.queryForObject("select count(*) from rm_fact", Long.class);

		readModel.rebuild();
		await().atMost(Duration.ofSeconds(60)).until(readModel::isCaughtUp);

		assertThat(jdbc.queryForObject(files, String.class)).as("truncated, not deleted row by row")
			.isNotEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from rm_fact", Long.class)).isEqualTo(facts);
	}

	@Test
	void backsUpWhileRunningIntoAFileThatRestoresIntoAnEmptyLedgerOnH2UnderTheSameDigest() throws Exception {
		byte[] file = http.get()
			.uri("/api/admin/backup")
			.header("Authorization", "Bearer " + LedgerIntegrationTest.ADMIN_TOKEN)
			.retrieve()
			.body(byte[].class);
		Digest original = context.getBean(Integrity.class).digest();
		PublicKey key = SigningKey.read(context.getBean(DigestSigner.class).publicKey().publicKey());
		try (ConfigurableApplicationContext h2 = TestLedger.fresh().start("--ledger.seed.enabled=false")) {
			LedgerBackup.Outcome outcome = h2.getBean(LedgerBackup.class).restore(new ByteArrayInputStream(file), key);
			assertThat(outcome.events()).isEqualTo(original.size());
			assertThat(h2.getBean(Integrity.class).digest().rootHash()).isEqualTo(original.rootHash());
			StoreChecks.assertCaughtUpAndVerified(h2, Duration.ofSeconds(60));
		}
	}

	@Test
	void restoresAPgDumpIntoAnEmptyDatabaseUnderTheSameDigest() throws Exception {
		PostgresTools tools = PostgresTools.findOrSkip(getClass().getSimpleName());
		Digest original = context.getBean(Integrity.class).digest();
		Path dump = Files.createDirectories(TestLedger.freshDataDir()).resolve("ledger.dump");
		String[] server = { "--host=localhost", "--port=" + postgres.getPort(), "--username=postgres" };
		tools.run("pg_dump", concat(server, "--format=custom", "--file=" + dump, "postgres"));
		new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database restored");
		tools.run("pg_restore", concat(server, "--exit-on-error", "--no-owner", "--dbname=restored", dump.toString()));
		try (ConfigurableApplicationContext restored = TestLedger.fresh()
			.onPostgres(postgres, "restored")
			.start("--ledger.seed.enabled=false")) {
			assertThat(restored.getBean(Integrity.class).digest().rootHash()).isEqualTo(original.rootHash());
			StoreChecks.assertCaughtUpAndVerified(restored, Duration.ofSeconds(30));
		}
	}

	@Test
	void refusesAnH2DatabaseCopyAndNamesPgDump() {
		String answer = http.get()
			.uri("/api/admin/backup/database")
			.header("Authorization", "Bearer " + LedgerIntegrationTest.ADMIN_TOKEN)
			.exchange((request, response) -> response.getStatusCode().value() + " "
					+ new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
		assertThat(answer).startsWith("409 ").contains("copy the database with pg_dump");
	}

	private static String[] concat(String[] first, String... second) {
		return Stream.concat(Stream.of(first), Stream.of(second)).toArray(String[]::new);
	}

	@Test
	void snapshotsAnActorLoadedFromItsStreamAndChecksItAsOnH2() {
		context.getBean("actorCache", Cache.class).remove("actor:USA");
		http.post()
			.uri("/api/facts")
			.header("Authorization", "Bearer pg-test")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"type": "PositionStated", "factId": "usa-pg-snapshot", "actorId": "USA", "topicId": "open-source-ai",
					 "stance": "SUPPORTS", "summary": "Recorded after a load", "validTime": "2025",
					 "sources": [{"source": "csis-2025-10-07-un-global-dialogue", "locator": "a passage"}]}""")
			.retrieve()
			.toBodilessEntity();

		assertThat(context.getBean(EventStore.class).readEvents("actor:USA").next().getPayload())
			.isInstanceOf(ActorAggregate.class);
		assertThat(context.getBean(SnapshotAudit.class).check().detail())
			.contains("each the state of its actor's events");
	}

	@Test
	void loadsTheSeedWithoutGapsInTheGlobalIndex() {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(75);
		assertThat(jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class)).isEqualTo(75);
	}

	@Test
	void answersTheUsShiftAsOnH2() {
		String path = "/api/actors/USA/stances/multilateral-ai-governance?asOf=";
		assertThat(http.get().uri(path + "2020-01-01").retrieve().body(String.class))
			.contains("\"stance\":\"SUPPORTS\"");
		assertThat(http.get().uri(path + "2025-10-01").retrieve().body(String.class))
			.contains("\"stance\":\"STRONGLY_OPPOSES\"");
	}

	@Test
	void answersTopicAndActorReportsAsOnH2() {
		assertThat(http.get()
			.uri("/api/topics/multilateral-ai-governance/stances?asOf=2025-10-01")
			.retrieve()
			.body(String.class)).contains("\"actorId\":\"USA\"").contains("\"stance\":\"STRONGLY_OPPOSES\"");
		assertThat(http.get()
			.uri("/api/topics/multilateral-ai-governance/stances?asOf=2020-01-01&actors=USA")
			.retrieve()
			.body(String.class)).contains("\"stance\":\"SUPPORTS\"");
		assertThat(http.get().uri("/api/actors/USA/stances?asOf=2025-10-01").retrieve().body(String.class))
			.contains("\"stance\":\"STRONGLY_OPPOSES\"");
	}

	@Test
	void answersProvenanceWithItsCorrections() {
		http.post()
			.uri("/api/facts")
			.header("Authorization", "Bearer pg-test")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"type": "FactCorrected", "actorId": "USA", "correctedFactId": "usa-2023-multilateral-ai-governance",
					 "amendment": {"validTime": "2023-10"}, "reason": "Dated more precisely",
					 "sources": [{"source": "csis-2025-10-07-un-global-dialogue", "locator": "a passage"}]}""")
			.retrieve()
			.toBodilessEntity();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					http.get().uri("/api/facts/usa-2023-multilateral-ai-governance").retrieve().body(String.class))
				.contains("\"reason\":\"Dated more precisely\"")
				.contains("\"status\":\"SUPERSEDED\""));
		assertThat(http.get().uri("/api/amendments?limit=5").retrieve().body(String.class))
			.contains("\"amends\":\"usa-2023-multilateral-ai-governance\"");
	}

	@Test
	void answersTimelinesInstrumentsAndAudits() {
		assertThat(http.get().uri("/api/actors/USA/timeline").retrieve().body(String.class)).contains("\"shifts\"");
		assertThat(http.get().uri("/api/audit/single-sourced?limit=5").retrieve().body(String.class))
			.contains("\"facts\"")
			.contains("\"next\"");
		assertThat(http.get()
			.uri("/api/sources/news-2025-09-us-rejects-un-ai-oversight/facts?limit=2&after=a")
			.retrieve()
			.body(String.class)).contains("\"next\"");
		assertThat(http.get().uri("/api/actors?q=united states").retrieve().body(String.class))
			.contains("\"id\":\"USA\"");
		assertThat(http.get().uri("/api/instruments/gpai/status?asOf=2021-01-01").retrieve().body(String.class))
			.contains("usa-2020-gpai");
	}

	@Test
	void answersEvidenceAndTheAuditViewsAsOnH2() {
		assertThat(http.get().uri("/api/facts/usa-2020-gpai/evidence").retrieve().body(String.class))
			.contains("\"status\":\"verified\"", "\"kind\":\"SECONDARY\"", "\"version\":1");
		assertThat(http.get().uri("/api/audit/quotes?status=verified&limit=5").retrieve().body(String.class))
			.contains("\"next\"");
		assertThat(http.get().uri("/api/audit/quotes?status=no-archive").retrieve().body(String.class))
			.isEqualTo("{\"facts\":[]}");
		assertThat(http.get().uri("/api/audit/secondary-only?limit=5").retrieve().body(String.class))
			.contains("\"next\"");
		assertThat(http.get().uri("/api/audit/conflicts").retrieve().body(String.class)).isEqualTo("[]");
		assertThat(http.get().uri("/api/audit/changed-sources").retrieve().body(String.class)).isEqualTo("[]");
		assertThat(http.get()
			.uri("/api/sources/csis-2025-10-07-un-global-dialogue/archives/1")
			.retrieve()
			.body(String.class)).contains("Michael Kratsios", "\"mediaType\":\"text/plain\"");
	}

}

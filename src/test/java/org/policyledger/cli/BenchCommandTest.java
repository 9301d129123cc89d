package org.policyledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyledger.TestLedger;
import org.policyledger.cli.CommandLineTest.Run;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark command at a tiny size: that it measures every figure of a real run and
 * writes them, not how fast anything is.
 */
class BenchCommandTest {

	@TempDir
	Path workDir;

	@Test
	void measuresEveryFigureAndWritesThemAsJson() throws Exception {
		Path json = workDir.resolve("report.json");
		Run run = CommandLineTest.run("bench", "--sizes", "300,600", "--appends", "5", "--queries", "8",
				"--http-clients", "2", "--http-seconds", "1", "--work-dir", workDir.toString(), "--out",
				json.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("bulk import, facts/s", "raw JDBC, events and links/s",
				"raw JDBC, event rows alone/s", "replay of", "targets");

		JsonNode databases = new ObjectMapper().readTree(json.toFile()).get("databases");
		assertThat(databases).hasSize(1);
		JsonNode report = databases.get(0);
		assertThat(report.get("name").asText()).isEqualTo("H2");
		assertThat(report.at("/registrations/entries").asLong()).isEqualTo(200 + 50 + 2_000 + 5_000);
		JsonNode steps = report.get("steps");
		assertThat(steps).hasSize(2);
		for (int i = 0; i < 2; i++) {
			JsonNode step = steps.get(i);
			long grownBy = 300;
			assertThat(step.at("/facts").asLong()).isEqualTo((i + 1) * 300L);
			assertThat(step.at("/bulkImport/ledger/entries").asLong()).isEqualTo(grownBy);
			assertThat(step.at("/bulkImport/raw/entries").asLong())
				.as("the raw copy writes the step's events with their links")
				.isEqualTo(step.at("/rawEventRows/entries").asLong())
				.isGreaterThanOrEqualTo(grownBy);
			assertThat(step.at("/append/count").asLong()).isEqualTo(5);
			assertThat(step.at("/appendAlone/count").asLong()).as("appends again with the read models paused")
				.isEqualTo(5);
			assertThat(step.at("/queries/stance/count").asLong()).isEqualTo(8);
			assertThat(step.at("/queries/topicAllActors/count").asLong()).isEqualTo(8);
			assertThat(step.at("/queries/stanceKnownAt/count").asLong()).isEqualTo(8);
			assertThat(step.at("/http/reads/count").asLong()).isPositive();
			assertThat(step.at("/http/errors").asLong()).isZero();
			assertThat(step.at("/diskBytes").asLong()).isPositive();
		}
		long events = steps.get(1).at("/events").asLong();
		assertThat(events).as("registrations, facts and two rounds of appends").isEqualTo(7_250 + 600 + 2 * 2 * 5);
		assertThat(report.at("/replay/events").asLong()).isEqualTo(events);
		assertThat(report.at("/replay/rebuild/raw/entries").asLong()).isEqualTo(events);
		assertThat(report.at("/replay/rawRewrite/entries").asLong()).as("every fact's read-model rows written again")
			.isEqualTo(600 + 2 * 2 * 5);
		assertThat(report.at("/afterRun/events").asLong()).isEqualTo(events);
		assertThat(report.at("/afterRun/diskBytes").asLong()).isPositive();
		assertThat(report.at("/afterRun/compactionSeconds").isNumber()).as("the closed H2 file compacted").isTrue();
		assertThat(run.out()).contains("after the run, the ledger closed and its file compacted in");
		assertThat(report.get("targets")).extracting(target -> target.get("name").asText())
			.contains("disk at every size", "disk after the run, compacted");
	}

	@Test
	void refusesADatabaseThatAlreadyHoldsEvents() {
		Path seeded = workDir.resolve("seeded").toAbsolutePath();
		TestLedger.on(seeded).start().close();
		Run run = CommandLineTest.run("bench", "--sizes", "300", "--work-dir", workDir.resolve("bench").toString(),
				"-P", "spring.datasource.url=jdbc:h2:file:" + seeded.resolve("ledger"));
		assertThat(run.exitCode()).isNotZero();
		assertThat(run.err()).contains("the benchmark needs an empty database; this one holds 75 events");
	}

	@Test
	void runsOnPostgresqlBesideH2InDatabasesOfItsOwn() throws Exception {
		Path json = workDir.resolve("report.json");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			String server = postgres.getJdbcUrl("postgres", "postgres");
			Run run = CommandLineTest.run("bench", "--sizes", "300", "--appends", "2", "--queries", "4",
					"--http-clients", "1", "--http-seconds", "1", "--work-dir", workDir.toString(), "--out",
					json.toString(), "--postgres", server, "--postgres-user", "postgres");
			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(run.out()).contains("targets on H2", "targets on PostgreSQL");

			JsonNode databases = new ObjectMapper().readTree(json.toFile()).get("databases");
			assertThat(databases).extracting(database -> database.get("name").asText())
				.containsExactly("H2", "PostgreSQL");
			for (JsonNode database : databases) {
				assertThat(database.at("/steps/0/events").asLong()).as(database.get("name").asText())
					.isEqualTo(7_250 + 300 + 2 * 2);
				assertThat(database.at("/steps/0/diskBytes").asLong()).isPositive();
				assertThat(database.at("/afterRun/diskBytes").asLong()).isPositive();
			}
			assertThat(databases.get(1).at("/afterRun/compactionSeconds").isNull())
				.as("nothing to compact on PostgreSQL")
				.isTrue();
			JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
			assertThat(jdbc.queryForList("select datname from pg_database where datname like 'bench%'", String.class))
				.containsExactly("bench_synthetic");
			assertThat(new JdbcTemplate(postgres.getDatabase("postgres", "bench_synthetic"))
				.queryForObject("select count(*) from domain_event_entry", Long.class))
				.as("the events the benchmark wrote on PostgreSQL")
				.isEqualTo(7_250 + 300 + 2 * 2);
		}
	}

	@Test
	void refusesAServerThatIsNotPostgresqlAsWrongUsage() {
		Run run = CommandLineTest.run("bench", "--sizes", "300", "--work-dir", workDir.toString(), "--postgres",
				"jdbc:h2:mem:other");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("--postgres: not a PostgreSQL JDBC URL");
	}

	@Test
	void refusesAPropertyChoosingTheDatabaseBesidePostgresAsWrongUsage() {
		Run run = CommandLineTest.run("bench", "--sizes", "300", "--work-dir", workDir.toString(), "-P",
				"spring.datasource.url=jdbc:h2:mem:other", "--postgres", "jdbc:postgresql://127.0.0.1:1/ledger");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("--postgres: -P spring.datasource.url would apply to the PostgreSQL ledgers");
	}

	@Test
	void refusesAServerItCannotReachBeforeRunningOnH2() {
		Run run = CommandLineTest.run("bench", "--sizes", "300", "--work-dir", workDir.toString(), "--postgres",
				"jdbc:postgresql://127.0.0.1:1/ledger");
		assertThat(run.exitCode()).isNotZero();
		assertThat(run.err()).contains("Connection to 127.0.0.1:1 refused").doesNotContain("registering");
	}

	@Test
	void refusesSizesThatDoNotGrowAsWrongUsage() {
		Run run = CommandLineTest.run("bench", "--sizes", "1000,500", "--work-dir", workDir.toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("--sizes must be positive and growing");
	}

}

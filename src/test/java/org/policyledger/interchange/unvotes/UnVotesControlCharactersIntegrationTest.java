package org.policyledger.interchange.unvotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyledger.TestLedger;
import org.policyledger.api.Recorder;
import org.policyledger.interchange.ImportOptions;
import org.policyledger.interchange.ImportReport;
import org.policyledger.interchange.Importer;
import org.policyledger.interchange.ProgressListener;
import org.policyledger.read.ReadModelMaintenance;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The eight real roll calls whose descriptions hold U+0008: imported, repaired, and
 * readable by the read models, which catch up with nothing parked.
 */
class UnVotesControlCharactersIntegrationTest {

	@TempDir
	static Path rows;

	private static Set<String> rollCalls;

	private static ConfigurableApplicationContext ledger;

	private static ImportReport report;

	@BeforeAll
	static void importTheEightRows() throws IOException {
		rollCalls = UnVotesTestData.withControlCharacters(rows);
		ledger = TestLedger.fresh().start("--ledger.seed.enabled=false");
		report = ledger.getBean(Importer.class)
			.run(UnVotesReader.input(rows), new ImportOptions(5_000, false, Recorder.commandLine("tester")),
					ProgressListener.NONE);
		TestLedger.awaitCaughtUp(ledger, Duration.ofMinutes(1));
	}

	@AfterAll
	static void stop() {
		ledger.close();
	}

	@Test
	void findsTheEightRollCallsInTheRealData() {
		assertThat(rollCalls).hasSize(8).contains("5917");
	}

	@Test
	void importsEveryRowWithoutRefusal() {
		assertThat(report.rejectedCount()).isZero();
	}

	@Test
	void storesTheDescriptionsRepairedAsPlainText() {
		List<Map<String, Object>> instruments = ledger.getBean(JdbcTemplate.class)
			.queryForList("select instrument_id, description from rm_instrument");
		assertThat(instruments).hasSize(8).allSatisfy(row -> {
			assertThat((String) row.get("description")).doesNotContainPattern(UnVotesTestData.CONTROL);
		});
		assertThat(instruments).anySatisfy(row -> assertThat((String) row.get("description"))
			.contains("oneby one. 12 We first turn to draft resolution I"));
	}

	@Test
	void projectsEveryRecordedEntryWithNothingParked() {
		assertThat(ledger.getBean(ReadModelMaintenance.class).status().deadLetters()).isZero();
		assertThat(ledger.getBean(JdbcTemplate.class)
			.queryForObject("select (select count(*) from rm_actor) + (select count(*) from rm_topic)"
					+ " + (select count(*) from rm_instrument) + (select count(*) from rm_source)"
					+ " + (select count(*) from rm_fact)", Long.class))
			.isEqualTo(report.recorded());
	}

}

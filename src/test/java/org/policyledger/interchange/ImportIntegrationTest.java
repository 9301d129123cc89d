package org.policyledger.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyledger.api.Recorder;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.ledger.Rejection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Importing files into the seeded ledger: bad entries, refusals and re-runs. */
@LedgerIntegrationTest
class ImportIntegrationTest {

	private static final String HEADER = "{\"format\": \"policy-ledger/1\"}\n";

	@Autowired
	Importer importer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper objectMapper;

	@TempDir
	Path files;

	private final String prefix = UUID.randomUUID().toString().substring(0, 8);

	private String position(String id, String stance) {
		return "{\"fact\": {\"type\": \"PositionStated\", \"factId\": \"" + prefix + "-" + id
				+ "\", \"actorId\": \"USA\", \"topicId\": \"multilateral-ai-governance\", \"stance\": \"" + stance
				+ "\", \"summary\": \"A summary\", \"validTime\": \"2024\", \"sources\": [{\"source\":"
				+ " \"csis-2025-10-07-un-global-dialogue\", \"locator\": \"somewhere\"}]}}\n";
	}

	private Path file(String... lines) throws IOException {
		return Files.writeString(files.resolve(UUID.randomUUID() + ".ndjson"), HEADER + String.join("", lines));
	}

	private ImportReport run(Path file, boolean skipBad) throws IOException {
		return importer.importFile(file, FileFormat.NDJSON,
				new ImportOptions(2, skipBad, Recorder.commandLine("tester")), ProgressListener.NONE);
	}

	private long events() {
		return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
	}

	@Test
	void importsInBatchesOfAThousandOnH2UnlessTold() {
		assertThat(importer.options(false, Recorder.SEED).batchSize()).isEqualTo(1_000);
	}

	@Test
	void refusesAFileWithABadEntryAndWritesNothing() throws IOException {
		long before = events();
		ImportReport report = run(file(position("a", "SUPPORTS"), position("b", "LOVES"), position("c", "OPPOSES")),
				false);
		assertThat(report.stopped()).isTrue();
		assertThat(report.batches()).isZero();
		assertThat(report.rejected()).singleElement().satisfies(rejection -> {
			assertThat(rejection.line()).isEqualTo(3);
			assertThat(rejection.field()).isEqualTo("stance");
			assertThat(rejection.reason()).contains("LOVES");
		});
		assertThat(events()).isEqualTo(before);
	}

	@Test
	void skipsBadEntriesAndReportsEachWithItsLineFieldAndReason() throws IOException {
		ImportReport report = run(file(position("a", "SUPPORTS"), "{\"fact\": {\"type\": \"PositionStated\"}}\n",
				"not json\n", position("d", "OPPOSES")), true);
		assertThat(report.stopped()).isFalse();
		assertThat(report.recorded()).isEqualTo(2);
		assertThat(report.rejected()).extracting(Rejection::line).containsOnly(3L, 4L);
		assertThat(report.rejected()).filteredOn(rejection -> rejection.line() == 3)
			.extracting(Rejection::field)
			.containsExactlyInAnyOrder("actorId", "topicId", "stance", "summary", "validTime", "sources");
		assertThat(report.rejected()).filteredOn(rejection -> rejection.line() == 4)
			.singleElement()
			.satisfies(rejection -> assertThat(rejection.reason()).startsWith("not JSON"));
	}

	@Test
	void reportsTheEntriesRefusedSoFarAsItGoes() throws IOException {
		List<long[]> heard = new ArrayList<>();
		ProgressListener progress = new ProgressListener() {
			@Override
			public void progress(long done, double fraction) {
				throw new AssertionError("an import says how many entries it refused");
			}

			@Override
			public void progress(long done, long refused, double fraction) {
				heard.add(new long[] { done, refused });
			}
		};
		importer.importFile(file(position("p1", "SUPPORTS"), "not json\n", position("p3", "OPPOSES")),
				FileFormat.NDJSON, new ImportOptions(2, true, Recorder.commandLine("tester")), progress);
		assertThat(heard).isNotEmpty();
		assertThat(heard.get(heard.size() - 1)).containsExactly(3, 1);
	}

	@Test
	void stopsAtAnEntryTheLedgerRefusesKeepingEarlierBatches() throws IOException {
		String unknownActor = position("x", "SUPPORTS").replace("\"USA\"", "\"NOWHERE\"");
		ImportReport report = run(file(position("a", "SUPPORTS"), position("b", "SUPPORTS"), unknownActor), false);
		assertThat(report.stopped()).isTrue();
		assertThat(report.batches()).isEqualTo(1);
		assertThat(report.recorded()).isEqualTo(2);
		assertThat(report.rejected()).singleElement()
			.satisfies(rejection -> assertThat(rejection.reason()).isEqualTo("unknown actor 'NOWHERE'"));
	}

	@Test
	void refusesAFileReportingEveryBadEntryInTheFilesOrder() throws IOException {
		long before = events();
		List<String> entries = new ArrayList<>();
		for (int entry = 0; entry < 200; entry++) {
			String line = position("many-" + entry, "SUPPORTS");
			entries.add(entry == 10 || entry == 150 ? line.replace("A summary", " ") : line);
		}
		ImportReport report = importer.importFile(file(entries.toArray(String[]::new)), FileFormat.NDJSON,
				importer.options(false, Recorder.commandLine("tester")), ProgressListener.NONE);
		assertThat(report.stopped()).isTrue();
		assertThat(report.rejected()).extracting(Rejection::line).containsExactly(12L, 152L);
		assertThat(events()).isEqualTo(before);
	}

	@Test
	void checksAgainTheEntriesOfAFileThatChangedSinceItWasChecked() throws IOException {
		long before = events();
		String blank = position("c", "OPPOSES").replace("A summary", " ");
		List<Path> readings = new ArrayList<>(
				List.of(file(position("a", "SUPPORTS"), position("b", "SUPPORTS"), position("c", "OPPOSES")),
						file(position("a", "SUPPORTS"), position("b", "SUPPORTS"), blank)));
		ImportReport report = importer.run(() -> FileFormat.NDJSON.open(readings.remove(0), objectMapper),
				new ImportOptions(2, false, Recorder.commandLine("tester")), ProgressListener.NONE);
		assertThat(report.stopped()).isTrue();
		assertThat(report.recorded()).isEqualTo(2);
		assertThat(report.rejected()).singleElement().satisfies(rejection -> {
			assertThat(rejection.line()).isEqualTo(4);
			assertThat(rejection.field()).isEqualTo("summary");
		});
		assertThat(events()).isEqualTo(before + 2);
	}

	@Test
	void skipsARegistrationDifferingOnlyInCaseAndRecordsTheRest() throws IOException {
		ImportReport report = run(
				file("{\"actor\": {\"actorId\": \"usa\", \"kind\": \"STATE\", \"name\": \"United States\"}}\n",
						position("a", "SUPPORTS")),
				true);
		assertThat(report.recorded()).isEqualTo(1);
		assertThat(report.rejected()).singleElement().satisfies(rejection -> {
			assertThat(rejection.line()).isEqualTo(2);
			assertThat(rejection.reason()).isEqualTo(
					"actor 'usa' differs only in case from the registered actor 'USA'; ids are compared ignoring case");
		});
		assertThat(jdbc.queryForObject(
				"select count(*) from domain_event_entry where aggregate_identifier = 'actor:usa'", Long.class))
			.isZero();
	}

	@Test
	void registersAnIdWhoseEarlierRegistrationTheImportSkipped() throws IOException {
		String actor = "SKIPPED-" + prefix;
		ImportReport report = run(
				file("{\"actor\": {\"actorId\": \"" + actor + "\", \"kind\": \"STATE\", \"name\": \"Not a state\"}}\n",
						"{\"actor\": {\"actorId\": \"" + actor + "\", \"kind\": \"GROUP\", \"name\": \"A group\"}}\n"),
				true);
		assertThat(report.rejected()).singleElement()
			.satisfies(rejection -> assertThat(rejection.reason()).contains("not an ISO 3166-1 alpha-3 code"));
		assertThat(report.recorded()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
				Long.class, "actor:" + actor))
			.isOne();
	}

	@Test
	void skipsAFactWhoseIdAFactOfAnotherActorHoldsInAnotherCase() throws IOException {
		assertThat(run(file(position("held", "SUPPORTS")), false).recorded()).isEqualTo(1);
		String sameIdOtherActor = position("HELD", "OPPOSES").replace("\"USA\"", "\"CHN\"");
		ImportReport report = run(file(sameIdOtherActor, position("other", "SUPPORTS")), true);
		assertThat(report.recorded()).isEqualTo(1);
		assertThat(report.rejected()).singleElement()
			.satisfies(rejection -> assertThat(rejection.reason()).isEqualTo(
					"fact id '" + prefix + "-HELD' is already used by another fact (ids are compared ignoring case)"));
	}

	@Test
	void stopsAtAFactWhoseIdAFactOfAnotherActorHolds() throws IOException {
		assertThat(run(file(position("taken", "SUPPORTS")), false).recorded()).isEqualTo(1);
		String sameIdOtherActor = position("taken", "OPPOSES").replace("\"USA\"", "\"CHN\"");
		ImportReport report = run(file(position("before", "SUPPORTS"), sameIdOtherActor), false);
		assertThat(report.stopped()).isTrue();
		assertThat(report.recorded()).isZero();
		assertThat(report.rejected()).singleElement().satisfies(rejection -> {
			assertThat(rejection.line()).isEqualTo(3);
			assertThat(rejection.reason()).isEqualTo(
					"fact id '" + prefix + "-taken' is already used by another fact (ids are compared ignoring case)");
		});
		assertThat(jdbc.queryForObject("select count(*) from ledger_chain where fact_key = ?", Long.class,
				"fact:" + prefix + "-before"))
			.as("the batch rolled back")
			.isZero();
	}

	@Test
	void skipsTheSecondOfTwoFactsOfOneBatchSharingAnId() throws IOException {
		String sameIdOtherActor = position("TWICE", "OPPOSES").replace("\"USA\"", "\"CHN\"");
		ImportReport report = run(file(position("twice", "SUPPORTS"), sameIdOtherActor), true);
		assertThat(report.batches()).isEqualTo(1);
		assertThat(report.recorded()).isEqualTo(1);
		assertThat(report.rejected()).singleElement().satisfies(rejection -> assertThat(rejection.line()).isEqualTo(3));
		assertThat(jdbc.queryForObject("select count(*) from ledger_chain where fact_key = ?", Long.class,
				"fact:" + prefix + "-twice"))
			.isOne();
	}

	@Test
	void correctsAFactRecordedEarlierInTheSameBatchNamedByItsIdAlone() throws IOException {
		String correction = "{\"fact\": {\"type\": \"FactCorrected\", \"correctedFactId\": \"" + prefix
				+ "-fresh\", \"amendment\": {\"summary\": \"Corrected\"}, \"reason\": \"A better reading\","
				+ " \"sources\": [{\"source\": \"csis-2025-10-07-un-global-dialogue\", \"locator\": \"p. 2\"}]}}\n";
		ImportReport report = run(file(position("fresh", "SUPPORTS"), correction), false);
		assertThat(report.batches()).isEqualTo(1);
		assertThat(report.recorded()).isEqualTo(2);
	}

	@Test
	void recordsAFactAtTheLedgersTimeNotTheFilesKeepingTheFilesAsData() throws IOException {
		String backdated = position("old", "SUPPORTS").replace("{\"type\"",
				"{\"recordedAt\": \"2001-01-01T00:00:00Z\", \"type\"");
		assertThat(run(file(backdated), false).recorded()).isEqualTo(1);
		Map<String, Object> stored = storedEvent("old");
		assertThat(new String((byte[]) stored.get("payload"), StandardCharsets.UTF_8)).doesNotContain("2001-01-01");
		assertThat(new String((byte[]) stored.get("meta_data"), StandardCharsets.UTF_8))
			.contains("\"originallyRecordedAt\":\"2001-01-01T00:00:00Z\"");
	}

	/** The payload and metadata stored for this test's fact {@code name}. */
	private Map<String, Object> storedEvent(String name) {
		return jdbc.queryForMap(
				"select payload, meta_data from domain_event_entry where event_identifier ="
						+ " (select event_identifier from ledger_chain where fact_key = ?)",
				"fact:" + prefix + "-" + name);
	}

	@Test
	void storesEachEventsCorrelationWithoutATraceThatRepeatsIt() throws IOException {
		assertThat(run(file(position("traced", "SUPPORTS")), false).recorded()).isEqualTo(1);
		String metaData = new String((byte[]) storedEvent("traced").get("meta_data"), StandardCharsets.UTF_8);
		assertThat(metaData).contains("\"correlationId\":\"").doesNotContain("traceId");
	}

	@Test
	void recordsNothingTwiceWhenAFileIsImportedAgain() throws IOException {
		Path file = file(position("a", "SUPPORTS"), position("b", "OPPOSES"), position("c", "MIXED"));
		assertThat(run(file, false).recorded()).isEqualTo(3);
		long after = events();
		ImportReport again = run(file, false);
		assertThat(again.recorded()).isZero();
		assertThat(again.alreadyRecorded()).isEqualTo(3);
		assertThat(events()).isEqualTo(after);
	}

	@Test
	void givesAFactWithoutIdAnIdFromItsContentSoThatReimportingIsIdempotent() throws IOException {
		String withoutId = position("a", "SUPPORTS").replace("\"factId\": \"" + prefix + "-a\", ", "")
			.replace("A summary", "A summary " + prefix);
		Path file = file(withoutId);
		assertThat(run(file, false).recorded()).isEqualTo(1);
		assertThat(run(file, false).alreadyRecorded()).isEqualTo(1);
	}

}

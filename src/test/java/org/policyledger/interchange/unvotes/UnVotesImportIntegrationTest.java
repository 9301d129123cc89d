package org.policyledger.interchange.unvotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyledger.api.Recorder;
import org.policyledger.TestLedger;
import org.policyledger.api.ActorId;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.Vote;
import org.policyledger.api.TopicId;
import org.policyledger.api.query.Agreement;
import org.policyledger.api.query.AgreementQuery;
import org.policyledger.api.query.TopicVotes;
import org.policyledger.api.query.TopicVotesQuery;
import org.policyledger.api.query.CatalogEntry;

import org.policyledger.api.query.CatalogPage;
import org.policyledger.api.query.CatalogQuery;
import org.policyledger.api.query.FactView;
import org.policyledger.api.query.InstrumentStatus;
import org.policyledger.api.query.InstrumentStatusQuery;
import org.policyledger.api.query.VotingRecord;
import org.policyledger.api.query.VotingRecordQuery;
import org.policyledger.interchange.ImportReport;
import org.policyledger.interchange.Importer;
import org.policyledger.interchange.ProgressListener;
import org.policyledger.read.ReadModelMaintenance;
import org.policyledger.store.BulkWrites;
import org.policyledger.store.FileCompaction;
import org.policyledger.store.StoreVerifier;
import org.policyledger.store.Verification;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole real UN votes dataset imported into a seeded ledger as the {@code import}
 * command imports it (each batch stored while the next is decided, the read models
 * paused; {@link BulkWrites}), then the read models caught up. The ledger is then closed,
 * its file rewritten to its live pages ({@link FileCompaction}, as the {@code compact}
 * command does), and started again on that file, where every check runs: nothing parked,
 * the store verified, and every country's votes per year checked against counts made
 * straight from the CSV files.
 */
class UnVotesImportIntegrationTest {

	private static final Instant NOW = Instant.parse("2099-01-01T00:00:00Z");

	private static final TopicId HUMAN_RIGHTS = TopicId.of("human-rights");

	private static Path dataDir;

	private static ConfigurableApplicationContext ledger;

	private static ImportReport report;

	private static List<Map<String, String>> votes;

	private static Map<String, String> dates;

	/** The caught-up ledger's file rewritten to its live pages, before every check. */
	private static FileCompaction.Outcome compacted;

	@BeforeAll
	static void importTheWholeDataset() throws IOException, SQLException {
		votes = rows(UnVotesReader.VOTES);
		dates = new HashMap<>();
		rows(UnVotesReader.ROLL_CALLS).forEach(row -> dates.put(row.get("rcid"), row.get("date")));
		TestLedger fresh = TestLedger.fresh();
		dataDir = fresh.dataDir();
		ledger = fresh.start(BulkWrites.arguments());
		ReadModelMaintenance readModel = ledger.getBean(ReadModelMaintenance.class);
		readModel.pause();
		Importer importer = ledger.getBean(Importer.class);
		report = importer.run(UnVotesReader.input(UnVotesTestData.DATASET),
				importer.options(false, Recorder.commandLine("tester")), ProgressListener.NONE);
		readModel.resume();
		TestLedger.awaitCaughtUp(ledger, Duration.ofMinutes(10));
		FileCompaction compaction = ledger.getBean(FileCompaction.class);
		ledger.close();
		compacted = compaction.compact();
		ledger = fresh.start();
	}

	@AfterAll
	static void stop() {
		ledger.close();
	}

	private static List<Map<String, String>> rows(String name) throws IOException {
		try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(new GZIPInputStream(Files.newInputStream(UnVotesTestData.DATASET.resolve(name))))) {
			return rows.readAll();
		}
	}

	private static <R> R ask(Object query, Class<R> answer) {
		return ledger.getBean(QueryGateway.class).query(query, answer).join();
	}

	@Test
	void runsEveryCheckOnTheFileRewrittenToItsLivePages() {
		assertThat(compacted.bytesAfter()).isPositive().isLessThanOrEqualTo(compacted.bytesBefore());
		assertThat(compacted.file()).isEqualTo(dataDir.resolve("ledger.mv.db"));
	}

	@Test
	void recordsEveryVoteOfTheFilesOnce() {
		assertThat(report.rejectedCount()).isZero();
		assertThat(votes).hasSize(870_109);
		JdbcTemplate jdbc = ledger.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select count(*) from rm_fact where fact_type = 'VoteCast'", Long.class))
			.isEqualTo(votes.size());
	}

	@Test
	void projectsEveryEventWithNothingParkedAndVerifies() {
		ReadModelMaintenance readModel = ledger.getBean(ReadModelMaintenance.class);
		assertThat(readModel.status().deadLetters()).isZero();
		assertThat(ledger.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from rm_instrument where instrument_id like 'unga-rc-%'", Long.class))
			.isEqualTo(6_203);
		Verification verification = ledger.getBean(StoreVerifier.class).verify();
		assertThat(verification.passed()).as(verification.checks().toString()).isTrue();
	}

	@Test
	void answersEveryCountrysVotesPerYearAsTheCsvCountsThem() {
		Map<String, Map<Integer, int[]>> expected = new TreeMap<>();
		Map<String, ActorId> actors = new HashMap<>();
		votes.forEach(row -> {
			ActorId actor = Countries.of(row.get("country_code"), row.get("country")).id();
			actors.putIfAbsent(actor.value(), actor);
			int year = Integer.parseInt(dates.get(row.get("rcid")).substring(0, 4));
			expected.computeIfAbsent(actor.value(), a -> new TreeMap<>())
				.computeIfAbsent(year, y -> new int[3])[Vote.valueOf(row.get("vote").toUpperCase()).ordinal()]++;
		});
		assertThat(expected).hasSizeGreaterThan(190);
		expected.forEach((actor, years) -> {
			VotingRecord record = ask(new VotingRecordQuery(actors.get(actor), null, NOW), VotingRecord.class);
			assertThat(record.years()).as(actor)
				.containsExactlyElementsOf(years.entrySet()
					.stream()
					.map(year -> new VotingRecord.Year(year.getKey(), year.getValue()[0], year.getValue()[1],
							year.getValue()[2]))
					.toList());
		});
	}

	@Test
	void answersHowAlikeCountriesVotedYearByYearAndOnATopicAsTheCsvCountsIt() throws IOException {
		Map<String, Map<String, Vote>> byActor = new HashMap<>();
		Map<String, ActorId> actors = new HashMap<>();
		votes.forEach(row -> {
			ActorId actor = Countries.of(row.get("country_code"), row.get("country")).id();
			actors.putIfAbsent(actor.value(), actor);
			byActor.computeIfAbsent(actor.value(), a -> new HashMap<>())
				.put(row.get("rcid"), Vote.valueOf(row.get("vote").toUpperCase()));
		});
		Set<String> humanRights = rollCallsOn(HUMAN_RIGHTS);
		assertThat(humanRights).hasSizeGreaterThan(100);
		List<ActorId> compared = List.of(actors.get("USA"), actors.get("GBR"), actors.get("CHN"), actors.get("IND"));
		for (TopicId topic : Arrays.asList(null, HUMAN_RIGHTS)) {
			Agreement agreement = ask(new AgreementQuery(compared, topic, NOW), Agreement.class);
			assertThat(agreement.pairs()).hasSize(6);
			for (Agreement.Pair pair : agreement.pairs()) {
				Map<Integer, int[]> expected = new TreeMap<>();
				Map<String, Vote> second = byActor.get(pair.second().value());
				byActor.get(pair.first().value()).forEach((rcid, vote) -> {
					Vote other = second.get(rcid);
					if (other != null && (topic == null || humanRights.contains(rcid))) {
						int kind = vote == other ? 0 : vote == Vote.ABSTAIN || other == Vote.ABSTAIN ? 1 : 2;
						expected.computeIfAbsent(Integer.parseInt(dates.get(rcid).substring(0, 4)),
								year -> new int[3])[kind]++;
					}
				});
				assertThat(pair.years()).as("%s and %s on %s", pair.first(), pair.second(), topic)
					.containsExactlyElementsOf(expected.entrySet()
						.stream()
						.map(year -> new Agreement.Year(year.getKey(),
								Agreement.Counts.of(year.getValue()[0], year.getValue()[1], year.getValue()[2])))
						.toList());
			}
		}
	}

	@Test
	void answersEveryCountrysVotesOnATopicInAYearAsTheCsvCountsThem() throws IOException {
		Set<String> humanRights = rollCallsOn(HUMAN_RIGHTS);
		for (int year : List.of(1985, 2019)) {
			Map<String, int[]> expected = new TreeMap<>();
			votes.stream()
				.filter(row -> humanRights.contains(row.get("rcid"))
						&& dates.get(row.get("rcid")).startsWith(year + "-"))
				.forEach(row -> expected.computeIfAbsent(
						Countries.of(row.get("country_code"), row.get("country")).id().value(),
						actor -> new int[3])[Vote.valueOf(row.get("vote").toUpperCase()).ordinal()]++);
			assertThat(expected).as("countries voting on human rights in %d", year).hasSizeGreaterThan(100);
			TopicVotes answer = ask(new TopicVotesQuery(HUMAN_RIGHTS, year, NOW), TopicVotes.class);
			assertThat(answer.actors()).as("human rights in %d", year)
				.containsExactlyElementsOf(expected.entrySet()
					.stream()
					.map(actor -> new TopicVotes.Actor(ActorId.of(actor.getKey()), actor.getValue()[0],
							actor.getValue()[1], actor.getValue()[2]))
					.toList());
		}
	}

	/** The roll calls the dataset files under a topic. */
	private static Set<String> rollCallsOn(TopicId topic) throws IOException {
		Set<String> rollCalls = new HashSet<>();
		try (MappingIterator<Map<String, String>> issues = new CsvMapper().readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(UnVotesTestData.DATASET.resolve(UnVotesReader.ISSUES).toFile())) {
			issues.forEachRemaining(row -> {
				if (UnVotesReader.topicId(row.get("issue")).equals(topic)) {
					rollCalls.add(row.get("rcid"));
				}
			});
		}
		return rollCalls;
	}

	@Test
	void answersHowTheUnitedStatesVotedOnARollCall() {
		Map<String, String> usVote = votes.stream()
			.filter(row -> row.get("country_code").equals("US"))
			.skip(500)
			.findFirst()
			.orElseThrow();
		InstrumentStatus status = ask(new InstrumentStatusQuery(InstrumentId.of("unga-rc-" + usVote.get("rcid")),
				LocalDate.parse("2099-01-01"), NOW), InstrumentStatus.class);
		assertThat(status.votes()).filteredOn(vote -> vote.actorId().equals(ActorId.of("USA")))
			.singleElement()
			.extracting(FactView::vote)
			.isEqualTo(Vote.valueOf(usVote.get("vote").toUpperCase()));
	}

	@Test
	void keepsNamibiaAndMarksDissolvedStatesAsFormerStates() {
		List<CatalogEntry> actors = ledger.getBean(QueryGateway.class)
			.query(new CatalogQuery(CatalogQuery.Kind.ACTORS, null, 0, 1_000), CatalogPage.class)
			.join()
			.entries();
		Map<String, String> kinds = new HashMap<>();
		actors.forEach(actor -> kinds.put(actor.id(), actor.kind()));
		assertThat(kinds).containsEntry("NAM", "STATE")
			.containsEntry("CSK", "FORMER_STATE")
			.containsEntry("YUG", "FORMER_STATE")
			.containsEntry("DDR", "FORMER_STATE")
			.containsEntry("ZAN", "FORMER_STATE");
		assertThat(votes).anyMatch(row -> row.get("country").equals("Namibia") && row.get("country_code").equals("NA"));
	}

}

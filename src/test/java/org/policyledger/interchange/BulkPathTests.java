package org.policyledger.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.policyledger.TestLedger;
import org.policyledger.api.ActorId;
import org.policyledger.api.Amendment;
import org.policyledger.api.ArchiveSource;
import org.policyledger.api.CastVote;
import org.policyledger.api.Citation;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.CorrectFact;
import org.policyledger.api.FactId;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.LedgerCommand;
import org.policyledger.api.LedgerId;
import org.policyledger.api.PartialDate;
import org.policyledger.api.RecordFact;
import org.policyledger.api.Recorder;
import org.policyledger.api.Registration;
import org.policyledger.api.RetractFact;
import org.policyledger.api.SignDeclaration;
import org.policyledger.api.SourceId;
import org.policyledger.api.Stance;
import org.policyledger.api.StatePosition;
import org.policyledger.api.TopicId;
import org.policyledger.api.Vote;
import org.policyledger.integrity.LedgerChain;
import org.policyledger.interchange.unvotes.UnVotesReader;
import org.policyledger.interchange.unvotes.UnVotesTestData;
import org.policyledger.ledger.BatchEntry;
import org.policyledger.ledger.InvalidCommandException;
import org.policyledger.ledger.Ledger;
import org.policyledger.store.BulkWrites;
import org.policyledger.ledger.Rejection;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk path (files through {@link Importer}, in batches, actors cached and loaded
 * from snapshots) against the per-command path (each command sent alone through
 * {@link Ledger}, as the API sends it), on the same input and the same recording clock:
 * the seed, eight real UN roll calls, and facts that break the ledger's rules. Both
 * ledgers must hold the same events, chain the same facts in the same order and refuse
 * the same facts for the same reasons. Each database runs them in a subclass, which
 * starts a ledger on an empty database of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BulkPathTests {

	private static final Recorder RECORDER = Recorder.commandLine("tester");

	/** Every batch cut small, so that rules are decided within and across batches. */
	private static final int BATCH = 7;

	private ConfigurableApplicationContext oneByOne;

	private ConfigurableApplicationContext bulk;

	private final List<BatchEntry> input = new ArrayList<>();

	/** The reasons each refused entry was refused for, by its place in the input. */
	private final Map<Integer, List<String>> refusedOneByOne = new TreeMap<>();

	private long alreadyRecordedOneByOne;

	private ImportReport bulkReport;

	/** Both ledgers record at this instant. */
	@Configuration(proxyBeanMethods = false)
	static class RecordingClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
		}

	}

	/**
	 * Starts a ledger on an empty database with the recording clock and these settings
	 * (command-line arguments), unseeded.
	 */
	abstract ConfigurableApplicationContext start(List<String> settings) throws IOException;

	/** Stops what {@link #start} started besides the ledgers. */
	void stopDatabases() {
	}

	@BeforeAll
	void recordTheSameInputBothWays() throws IOException {
		oneByOne = start(List.of());
		List<String> bulkSettings = new ArrayList<>(
				List.of("--ledger.cache.actors=2", "--ledger.snapshots.after-replaying=3"));
		bulkSettings.addAll(List.of(BulkWrites.arguments()));
		bulk = start(bulkSettings);
		readInput(oneByOne.getBean(ObjectMapper.class));
		sendOneByOne(oneByOne.getBean(Ledger.class));
		bulkReport = bulk.getBean(Importer.class)
			.run(() -> listed(input), new ImportOptions(BATCH, true, RECORDER), ProgressListener.NONE);
	}

	@AfterAll
	void stop() {
		oneByOne.close();
		bulk.close();
		stopDatabases();
	}

	/** Started as the {@code import} command starts its ledger. */
	ConfigurableApplicationContext bulkLedger() {
		return bulk;
	}

	/** Sent each command alone, as the API sends them. */
	ConfigurableApplicationContext oneByOneLedger() {
		return oneByOne;
	}

	/** A ledger with the recording clock, these arguments and its own data directory. */
	static ConfigurableApplicationContext ledger(List<String> arguments) {
		List<String> args = new ArrayList<>(List.of("--ledger.seed.enabled=false"));
		args.addAll(arguments);
		return TestLedger.fresh().with(RecordingClock.class).start(args.toArray(String[]::new));
	}

	private void readInput(ObjectMapper objectMapper) throws IOException {
		try (InputStream seed = BulkPathTests.class.getResourceAsStream("/seed/ledger-seed.json");
				EntryReader reader = FileFormat.JSON.read("ledger-seed.json", seed, () -> -1, objectMapper)) {
			readAll(reader);
		}
		Path rows = Files.createDirectories(TestLedger.freshDataDir());
		UnVotesTestData.withControlCharacters(rows);
		try (EntryReader reader = new UnVotesReader(rows)) {
			readAll(reader);
		}
		CastVote firstVote = input.stream()
			.map(BatchEntry::command)
			.filter(CastVote.class::isInstance)
			.map(CastVote.class::cast)
			.findFirst()
			.orElseThrow();
		List<LedgerCommand> crafted = new ArrayList<>(rulesBroken(firstVote));
		crafted.add(resubmitted("usa-2019-multilateral-ai-governance"));
		for (int i = 0; i < crafted.size(); i++) {
			input.add(new BatchEntry("crafted", i + 1, crafted.get(i), null));
		}
	}

	private void readAll(EntryReader reader) throws IOException {
		for (BatchEntry entry = reader.next(); entry != null; entry = reader.next()) {
			input.add(entry);
		}
	}

	/**
	 * The seed's fact of that id, sent again as it was: already recorded, not refused.
	 */
	private LedgerCommand resubmitted(String factId) {
		return input.stream()
			.map(BatchEntry::command)
			.filter(command -> command instanceof RecordFact fact && FactId.of(factId).equals(fact.factId()))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Facts that amend earlier ones (within a batch and across batches) and facts that
	 * break a rule, each kept or refused by both paths alike.
	 */
	private static List<LedgerCommand> rulesBroken(CastVote firstVote) {
		ActorId usa = ActorId.of("USA");
		TopicId governance = TopicId.of("multilateral-ai-governance");
		List<Citation> csis = List.of(new Citation(SourceId.of("csis-2025-10-07-un-global-dialogue"), "crafted"));
		return List.of(
				new SignDeclaration(FactId.of("x-signed-twice"), usa, InstrumentId.of("bletchley-declaration-2023"),
						null, PartialDate.parse("2023-11"), csis),
				position("x-unknown-actor", ActorId.of("ZZZ"), "2024", csis),
				position("x-unknown-source", usa, "2024",
						List.of(new Citation(SourceId.of("no-such-source"), "crafted"))),
				new StatePosition(FactId.of("usa-2023-multilateral-ai-governance"), usa, governance, Stance.OPPOSES,
						"The same id with other content", null, null, null, PartialDate.parse("2023"), csis),
				new CorrectFact(FactId.of("x-corrected"), usa, FactId.of("usa-2019-multilateral-ai-governance"),
						new Amendment(null, Stance.MIXED, null, null, null), "Misread", csis),
				new CorrectFact(FactId.of("x-corrected-without-actor"), null,
						FactId.of("chn-2023-multilateral-ai-governance"),
						new Amendment(null, Stance.MIXED, null, null, null), "Misread", csis),
				new RetractFact(FactId.of("x-retracted"), ActorId.of("meta"),
						FactId.of("meta-2025-09-25-multilateral-ai-governance"), "Not said", csis),
				new RetractFact(FactId.of("x-retracted-twice"), ActorId.of("meta"),
						FactId.of("meta-2025-09-25-multilateral-ai-governance"), "Not said", csis),
				new CorrectFact(FactId.of("x-corrects-unknown"), usa, FactId.of("no-such-fact"),
						new Amendment(null, Stance.MIXED, null, null, null), "Misread", csis),
				new CorrectFact(FactId.of("x-corrects-another-actors"), usa, FactId.of("chn-2025-09-ai-digital-divide"),
						new Amendment(null, Stance.MIXED, null, null, null), "Misread", csis),
				position("x-stated", usa, "2024-03", csis),
				new CorrectFact(FactId.of("x-corrects-the-fact-before"), usa, FactId.of("x-stated"),
						new Amendment(PartialDate.parse("2024-04"), null, null, null, null), "Misdated", csis),
				position("x-in-the-future", usa, "2031", csis),
				new StatePosition(FactId.of("x-blank-summary"), usa, governance, Stance.SUPPORTS, " ", null, null, null,
						PartialDate.parse("2024"), csis),
				new CastVote(FactId.of("x-vote-on-a-declaration"), usa, InstrumentId.of("bletchley-declaration-2023"),
						Vote.YES, null, PartialDate.parse("2023"), csis),
				new CastVote(FactId.of("x-voted-twice"), firstVote.actorId(), firstVote.instrumentId(),
						firstVote.vote() == Vote.YES ? Vote.NO : Vote.YES, null, firstVote.validTime(),
						firstVote.sources()));
	}

	private static StatePosition position(String id, ActorId actor, String validTime, List<Citation> sources) {
		return new StatePosition(FactId.of(id), actor, TopicId.of("multilateral-ai-governance"), Stance.SUPPORTS,
				"A crafted position", null, null, null, PartialDate.parse(validTime), sources);
	}

	private void sendOneByOne(Ledger ledger) {
		for (int index = 0; index < input.size(); index++) {
			LedgerCommand command = input.get(index).command();
			try {
				if (command instanceof Registration registration) {
					ledger.register(registration, RECORDER);
				}
				else if (command instanceof ArchiveSource archive) {
					ledger.archive(archive, RECORDER);
				}
				else if (ledger.record((RecordFact) command, RECORDER).alreadyRecorded()) {
					alreadyRecordedOneByOne++;
				}
			}
			catch (CommandRejectedException ex) {
				refusedOneByOne.put(index, List.of(ex.getMessage()));
			}
			catch (InvalidCommandException ex) {
				refusedOneByOne.put(index, ex.errors());
			}
		}
	}

	private static EntryReader listed(List<BatchEntry> entries) {
		Iterator<BatchEntry> next = entries.iterator();
		return new EntryReader() {

			@Override
			public BatchEntry next() {
				return next.hasNext() ? next.next() : null;
			}

			@Override
			public double fractionRead() {
				return -1;
			}

			@Override
			public void close() {
			}

		};
	}

	private static String key(BatchEntry entry) {
		return entry.file() + ":" + entry.line();
	}

	/** The entries sent one by one and refused, by file and line, of one kind. */
	private Map<String, List<String>> refusedOneByOne(Class<?> kind) {
		Map<String, List<String>> refused = new TreeMap<>();
		refusedOneByOne.forEach((index, reasons) -> {
			if (kind.isInstance(input.get(index).command()) && refused.put(key(input.get(index)), reasons) != null) {
				throw new IllegalStateException("two entries refused at " + key(input.get(index)));
			}
		});
		return refused;
	}

	/** Each event as stored, in the order of the event store, without its identifiers. */
	private static List<String> events(ConfigurableApplicationContext ledger) {
		ObjectMapper json = ledger.getBean(ObjectMapper.class);
		return ledger.getBean(JdbcTemplate.class)
			.query("select aggregate_identifier, sequence_number, type, payload_type, payload_revision, payload,"
					+ " meta_data from domain_event_entry order by global_index", (row, n) -> {
						String recordedBy;
						try {
							recordedBy = json.readTree(row.getBytes("meta_data")).path(Recorder.META_DATA_KEY).asText();
						}
						catch (IOException ex) {
							throw new IllegalStateException(ex);
						}
						return String.join(" ", row.getString("aggregate_identifier"), row.getString("sequence_number"),
								row.getString("type"), row.getString("payload_type"), row.getString("payload_revision"),
								recordedBy, new String(row.getBytes("payload"), StandardCharsets.UTF_8));
					});
	}

	/**
	 * Each chain link: its position, its event's place in the store, the fact it claims.
	 */
	private static List<String> links(ConfigurableApplicationContext ledger) {
		return ledger.getBean(JdbcTemplate.class)
			.query("select position, global_index, fact_id, fact_key from ledger_chain order by position",
					(row, n) -> String.join(" ", row.getString("position"), row.getString("global_index"),
							row.getString("fact_id"), row.getString("fact_key")));
	}

	@Test
	void storesTheSameEventsAsCommandsSentOneByOne() {
		List<String> sentOneByOne = events(oneByOne);
		assertThat(sentOneByOne).hasSizeGreaterThan(1_000);
		assertThat(events(bulk)).containsExactlyElementsOf(sentOneByOne);
		assertThat(bulk.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from snapshot_event_entry", Long.class))
			.as("actors the bulk path loaded from a snapshot")
			.isPositive();
	}

	@Test
	void chainsTheSameFactsInTheSameOrder() {
		assertThat(links(bulk)).containsExactlyElementsOf(links(oneByOne));
		assertThat(oneByOne.getBean(LedgerChain.class).verify().intact()).isTrue();
		assertThat(bulk.getBean(LedgerChain.class).verify().intact()).isTrue();
	}

	@Test
	void refusesTheSameFactsForTheSameReasons() {
		Map<String, List<String>> refusedInBulk = new TreeMap<>();
		for (Rejection rejection : bulkReport.rejected()) {
			refusedInBulk.computeIfAbsent(rejection.file() + ":" + rejection.line(), key -> new ArrayList<>())
				.add(rejection.field() == null ? rejection.reason() : rejection.field() + ": " + rejection.reason());
		}
		assertThat(refusedInBulk).isEqualTo(refusedOneByOne(RecordFact.class));
		assertThat(refusedInBulk.keySet()).containsExactly("crafted:1", "crafted:10", "crafted:13", "crafted:14",
				"crafted:15", "crafted:16", "crafted:2", "crafted:3", "crafted:4", "crafted:8", "crafted:9");
		assertThat(alreadyRecordedOneByOne).as("the seed's fact sent again").isEqualTo(1);
	}

	@Test
	void refusesOneByOneEachRegistrationOfAnIdRegisteredBeforeWhereAFileKeepsTheFirst() {
		Set<LedgerId> registered = new HashSet<>();
		Map<Integer, List<String>> registeredAgain = new TreeMap<>();
		for (int index = 0; index < input.size(); index++) {
			if (input.get(index).command() instanceof Registration registration && !registered.add(registration.id())) {
				registeredAgain.put(index, List.of(registration.id().describe() + " is already registered"));
			}
		}
		Map<Integer, List<String>> registrationsRefused = new TreeMap<>(refusedOneByOne);
		registrationsRefused.keySet().removeIf(index -> !(input.get(index).command() instanceof Registration));
		assertThat(registrationsRefused).hasSize(6).isEqualTo(registeredAgain);
		assertThat(bulkReport.alreadyRecorded()).isEqualTo(alreadyRecordedOneByOne + registeredAgain.size());
		assertThat(bulkReport.kept())
			.allSatisfy(kept -> assertThat(kept).endsWith(" is registered already with other details; kept those"));
	}

}

package org.policyledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policyledger.api.CorrectFact;
import org.policyledger.api.InstrumentCommand;
import org.policyledger.api.LedgerCommand;
import org.policyledger.api.RecordFact;
import org.policyledger.interchange.EntryReader;
import org.policyledger.ledger.BatchEntry;

class SyntheticLedgerTest {

	private final SyntheticLedger ledger = new SyntheticLedger(7);

	@Test
	void registersTheShapeOfTheRealWorld() throws IOException {
		assertThat(read(ledger.registrations())).hasSize(200 + 50 + 2_000 + 5_000);
	}

	@Test
	void givesTheSameFactsForTheSameSeedWhicheverRangeIsRead() throws IOException {
		List<LedgerCommand> whole = read(ledger.facts(0, 2_000));
		List<LedgerCommand> parts = new ArrayList<>(read(ledger.facts(0, 700)));
		parts.addAll(read(new SyntheticLedger(7).facts(700, 2_000)));
		assertThat(parts).isEqualTo(whole);
		assertThat(read(new SyntheticLedger(8).facts(0, 2_000))).isNotEqualTo(whole);
	}

	@Test
	void digestsWhatItHasReadAsAFileReaderDoes() throws IOException {
		List<byte[]> twice = digests(new SyntheticLedger(7).facts(100, 400));
		assertThat(digests(ledger.facts(100, 400))).containsExactlyElementsOf(twice);
		assertThat(twice).doesNotHaveDuplicates();
		assertThat(digests(new SyntheticLedger(8).facts(100, 400))).doesNotContainAnyElementsOf(twice);
		assertThat(digests(ledger.facts(101, 400))).doesNotContainAnyElementsOf(twice);
		assertThat(digests(ledger.registrations())).doesNotContainAnyElementsOf(twice);
	}

	@Test
	void mixesFactKindsInTheirShares() {
		Map<SyntheticLedger.Kind, Integer> counts = new EnumMap<>(SyntheticLedger.Kind.class);
		for (long i = 0; i < 100_000; i++) {
			counts.merge(ledger.kind(i), 1, Integer::sum);
		}
		assertThat(counts.get(SyntheticLedger.Kind.POSITION)).isBetween(54_000, 56_000);
		assertThat(counts.get(SyntheticLedger.Kind.INSTRUMENT)).isBetween(42_000, 44_000);
		assertThat(counts.get(SyntheticLedger.Kind.CORRECTION)).isBetween(1_700, 2_300);
	}

	@Test
	void citesOneToThreeSourcesPerFact() throws IOException {
		for (LedgerCommand command : read(ledger.facts(0, 5_000))) {
			assertThat(((RecordFact) command).sources()).hasSizeBetween(1, 3);
		}
	}

	@Test
	void correctsOnlyEarlierFactsOfTheSameActor() throws IOException {
		Map<String, String> actorOfFact = new HashMap<>();
		int corrections = 0;
		for (LedgerCommand command : read(ledger.facts(0, 20_000))) {
			RecordFact fact = (RecordFact) command;
			if (fact instanceof CorrectFact correction) {
				assertThat(actorOfFact.get(correction.correctedFactId().value())).isEqualTo(fact.actorId().value());
				corrections++;
			}
			actorOfFact.put(fact.factId().value(), fact.actorId().value());
		}
		assertThat(corrections).isPositive();
	}

	@Test
	void neverHasAnActorMeetAnInstrumentTwiceInAMillionFacts() {
		Set<String> pairs = new HashSet<>();
		for (long i = 0; i < 1_000_000; i++) {
			if (ledger.kind(i) == SyntheticLedger.Kind.INSTRUMENT) {
				InstrumentCommand fact = (InstrumentCommand) ledger.fact(i);
				assertThat(pairs.add(fact.actorId().value() + "/" + fact.instrumentId().value())).isTrue();
			}
		}
	}

	/** The reader's digest after each entry. */
	private static List<byte[]> digests(EntryReader reader) throws IOException {
		List<byte[]> digests = new ArrayList<>();
		while (reader.next() != null) {
			digests.add(reader.digestSoFar());
		}
		return digests;
	}

	private static List<LedgerCommand> read(EntryReader reader) throws IOException {
		List<LedgerCommand> commands = new ArrayList<>();
		for (BatchEntry entry = reader.next(); entry != null; entry = reader.next()) {
			commands.add(entry.command());
		}
		return commands;
	}

}

package org.policyledger.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.policyledger.api.ActorId;
import org.policyledger.api.ActorKind;
import org.policyledger.api.Amendment;
import org.policyledger.api.CastVote;
import org.policyledger.api.Citation;
import org.policyledger.api.CorrectFact;
import org.policyledger.api.DeclineDeclaration;
import org.policyledger.api.FactId;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentKind;
import org.policyledger.api.LedgerCommand;
import org.policyledger.api.PartialDate;
import org.policyledger.api.RegisterActor;
import org.policyledger.api.RegisterInstrument;
import org.policyledger.api.RegisterSource;
import org.policyledger.api.RegisterTopic;
import org.policyledger.api.SignDeclaration;
import org.policyledger.api.SourceId;
import org.policyledger.api.SourceKind;
import org.policyledger.api.Speaker;
import org.policyledger.api.Stance;
import org.policyledger.api.StatePosition;
import org.policyledger.api.TopicId;
import org.policyledger.api.Vote;
import org.policyledger.integrity.Hashes;
import org.policyledger.interchange.EntryReader;
import org.policyledger.ledger.BatchEntry;

/**
 * A ledger of realistic shape, the same for the same seed: 200 actors (180 states, 20
 * groups, a few far more active than the rest), 50 topics, 5,000 instruments (half
 * declarations, half roll calls), 2,000 sources, and facts spread over 1946 to 2025:
 * positions 55%, facts about instruments 43% (votes on roll calls; signatures, three in
 * four, or declines of declarations), corrections of earlier positions 2%, each citing
 * one to three sources. Fact {@code i} depends only on the seed and {@code i}, so a
 * ledger grows by later ranges and any range can be read twice. An actor meets an
 * instrument at most once, so no fact breaks a rule (signing twice, declining what it
 * signed, voting twice): fact {@code i} about an instrument is by actor
 * {@code i / 5,000 mod 200} about instrument {@code i mod 5,000}; past the millionth fact
 * those pairs are used up and it states a position instead.
 */
public final class SyntheticLedger {

	public static final int ACTORS = 200;

	public static final int GROUPS = 20;

	private static final List<String> STATE_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)
		.stream()
		.sorted()
		.toList();

	public static final int TOPICS = 50;

	public static final int INSTRUMENTS = 5_000;

	public static final int SOURCES = 2_000;

	/*
	 * The ids' keys, made once: formatting them for each fact took about a quarter of the
	 * import's samples. Each id is still made, and its shape checked, where it is used,
	 * as a reader of a file makes it.
	 */
	private static final List<String> ACTOR_KEYS = IntStream.range(0, ACTORS)
		.mapToObj(i -> i < ACTORS - GROUPS ? STATE_CODES.get(i) : "G%02d".formatted(i - ACTORS + GROUPS))
		.toList();

	private static final List<String> TOPIC_KEYS = keys("topic-%02d", TOPICS);

	private static final List<String> INSTRUMENT_KEYS = keys("instrument-%04d", INSTRUMENTS);

	private static final List<String> SOURCE_KEYS = keys("source-%04d", SOURCES);

	/** How far back a correction looks for the position it corrects. */
	private static final int CORRECTION_REACH = 1_000;

	private static final LocalDate FIRST_DAY = LocalDate.of(1946, 1, 1);

	private static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay());

	private static final Stance[] STANCES = Stance.values();

	private static final Vote[] VOTES = Vote.values();

	/** The kinds of fact, by share of a hundred. */
	enum Kind {

		POSITION(55), INSTRUMENT(43), CORRECTION(2);

		private final int share;

		Kind(int share) {
			this.share = share;
		}

	}

	private final long seed;

	public SyntheticLedger(long seed) {
		this.seed = seed;
	}

	/**
	 * Actor {@code index}: a state under a real ISO 3166-1 alpha-3 code, as states must
	 * be, or a group.
	 */
	public static ActorId actor(int index) {
		return ActorId.of(ACTOR_KEYS.get(index));
	}

	public static TopicId topic(int index) {
		return TopicId.of(TOPIC_KEYS.get(index));
	}

	static InstrumentId instrument(int index) {
		return InstrumentId.of(INSTRUMENT_KEYS.get(index));
	}

	static SourceId source(int index) {
		return SourceId.of(SOURCE_KEYS.get(index));
	}

	private static List<String> keys(String format, int count) {
		return IntStream.range(0, count).mapToObj(format::formatted).toList();
	}

	public static FactId factId(long index) {
		return FactId.of("syn-" + index);
	}

	/** Every registration: actors, topics, sources, then instruments. */
	public EntryReader registrations() {
		SplittableRandom random = new SplittableRandom(seed);
		List<LedgerCommand> commands = new ArrayList<>();
		IntStream.range(0, ACTORS)
			.forEach(i -> commands
				.add(new RegisterActor(actor(i), i < ACTORS - GROUPS ? ActorKind.STATE : ActorKind.GROUP,
						"Synthetic actor " + i, List.of("Actor " + i))));
		IntStream.range(0, TOPICS)
			.forEach(i -> commands.add(new RegisterTopic(topic(i), "Synthetic topic " + i,
					"A topic of the synthetic benchmark ledger, number " + i + ".")));
		IntStream.range(0, SOURCES)
			.forEach(i -> commands.add(new RegisterSource(source(i), "Publisher " + i % 97, "Synthetic report " + i,
					List.of("Author " + i % 311), "https://example.org/reports/" + i, day(random), null,
					i % 3 == 0 ? SourceKind.PRIMARY : SourceKind.SECONDARY)));
		IntStream.range(0, INSTRUMENTS)
			.forEach(i -> commands.add(new RegisterInstrument(instrument(i),
					i % 2 == 0 ? InstrumentKind.DECLARATION : InstrumentKind.ROLL_CALL, "Synthetic instrument " + i,
					PartialDate.ofYear(1946 + random.nextInt(80)), null, null, null,
					List.of(topic(random.nextInt(TOPICS))), List.of())));
		return reader(commands.stream().map(command -> new BatchEntry("synthetic", 0, command, null)).iterator(),
				commands.size(), identity("registrations", 0));
	}

	/** Facts {@code from} (inclusive) to {@code to} (exclusive). */
	public EntryReader facts(long from, long to) {
		return reader(
				LongStream.range(from, to).mapToObj(i -> new BatchEntry("synthetic", i, fact(i), null)).iterator(),
				to - from, identity("facts", from));
	}

	Kind kind(long index) {
		int roll = random(index).nextInt(100);
		for (Kind kind : Kind.values()) {
			if (roll < kind.share) {
				return kind == Kind.INSTRUMENT && index >= (long) INSTRUMENTS * ACTORS ? Kind.POSITION : kind;
			}
			roll -= kind.share;
		}
		throw new IllegalStateException("shares add up to 100");
	}

	/** Active actors are few: the square of a uniform draw favours low indexes. */
	int actorIndex(long index) {
		double draw = random(index).split().nextDouble();
		return (int) (ACTORS * draw * draw);
	}

	LedgerCommand fact(long index) {
		SplittableRandom random = random(index).split().split();
		List<Citation> sources = IntStream.range(0, 1 + random.nextInt(3))
			.mapToObj(n -> new Citation(source(random.nextInt(SOURCES)), "p. " + (1 + random.nextInt(300))))
			.toList();
		return switch (kind(index)) {
			case POSITION -> position(index, random, sources);
			case INSTRUMENT -> aboutInstrument(index, random, sources);
			case CORRECTION -> correction(index, random, sources);
		};
	}

	private static LedgerCommand aboutInstrument(long index, SplittableRandom random, List<Citation> sources) {
		int instrumentIndex = (int) (index % INSTRUMENTS);
		InstrumentId instrument = instrument(instrumentIndex);
		ActorId actor = actor((int) (index / INSTRUMENTS % ACTORS));
		if (instrumentIndex % 2 == 1) {
			return new CastVote(factId(index), actor, instrument, VOTES[random.nextInt(VOTES.length)], null,
					partialDay(random), sources);
		}
		return random.nextInt(4) > 0
				? new SignDeclaration(factId(index), actor, instrument, "Signed at summit " + index, partialDay(random),
						sources)
				: new DeclineDeclaration(factId(index), actor, instrument, "Declined to sign " + index,
						partialDay(random), sources);
	}

	private LedgerCommand position(long index, SplittableRandom random, List<Citation> sources) {
		return new StatePosition(factId(index), actor(actorIndex(index)), topic(random.nextInt(TOPICS)),
				STANCES[random.nextInt(STANCES.length)],
				"Synthetic position " + index + ": the actor set out its view of the topic in a statement.",
				random.nextBoolean()
						? "We believe this matter calls for a measured, cooperative approach (" + index + ")." : null,
				random.nextInt(4) == 0 ? new Speaker("Speaker " + random.nextInt(500), "Minister") : null,
				random.nextInt(3) == 0 ? "Synthetic assembly" : null, partialDay(random), sources);
	}

	/**
	 * Corrects the latest earlier position in reach, or states a position when there is
	 * none.
	 */
	private LedgerCommand correction(long index, SplittableRandom random, List<Citation> sources) {
		for (long target = index - 1; target >= Math.max(0, index - CORRECTION_REACH); target--) {
			if (kind(target) == Kind.POSITION) {
				StatePosition corrected = (StatePosition) fact(target);
				Stance stance = STANCES[(corrected.stance().ordinal() + 1 + random.nextInt(STANCES.length - 1))
						% STANCES.length];
				return new CorrectFact(factId(index), corrected.actorId(), corrected.factId(),
						new Amendment(null, stance, null, null, null), "The stance was misread", sources);
			}
		}
		return position(index, random, sources);
	}

	private SplittableRandom random(long index) {
		return new SplittableRandom(seed * 31 + index);
	}

	/**
	 * A day between 1946 and 2025, known to the day (60%), the month (25%) or the year.
	 */
	private static PartialDate partialDay(SplittableRandom random) {
		LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
		int precision = random.nextInt(100);
		return precision < 60 ? PartialDate.ofDay(day) : precision < 85
				? PartialDate.parse(day.toString().substring(0, 7)) : PartialDate.ofYear(day.getYear());
	}

	private static PartialDate day(SplittableRandom random) {
		return PartialDate.ofDay(FIRST_DAY.plusDays(random.nextInt(DAYS)));
	}

	/**
	 * What makes the entries of a reader: the ledger's seed, what it makes, and the index
	 * it starts at.
	 */
	private byte[] identity(String what, long from) {
		return ("synthetic " + what + " of seed " + seed + " from " + from).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A reader of entries made from {@code identity}. Its digest after each entry stands
	 * for the bytes a file of them would hold up to there: two readers of the same
	 * identity make the same entries, so an import's write pass can tell the batches its
	 * check pass checked, as it does for a file.
	 */
	private static EntryReader reader(Iterator<BatchEntry> entries, long count, byte[] identity) {
		return new EntryReader() {

			private long read;

			@Override
			public BatchEntry next() {
				if (!entries.hasNext()) {
					return null;
				}
				read++;
				return entries.next();
			}

			@Override
			public double fractionRead() {
				return count == 0 ? 1 : (double) read / count;
			}

			@Override
			public byte[] digestSoFar() {
				return Hashes.sha256(identity, ByteBuffer.allocate(Long.BYTES).putLong(read).array());
			}

			@Override
			public void close() {
			}

		};
	}

}

package org.policyledger.interchange.unvotes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.policyledger.api.ActorId;
import org.policyledger.api.ActorKind;
import org.policyledger.api.AdoptResolution;
import org.policyledger.api.AdoptionMethod;
import org.policyledger.api.CastVote;
import org.policyledger.api.Citation;
import org.policyledger.api.FactId;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentKind;
import org.policyledger.api.LedgerCommand;
import org.policyledger.api.PartialDate;
import org.policyledger.api.RegisterActor;
import org.policyledger.api.RegisterInstrument;
import org.policyledger.api.RegisterSource;
import org.policyledger.api.RegisterTopic;
import org.policyledger.api.SourceId;
import org.policyledger.api.SourceKind;
import org.policyledger.integrity.Hashes;
import org.policyledger.api.Tally;
import org.policyledger.api.TopicId;
import org.policyledger.api.Vote;
import org.policyledger.interchange.EntryReader;
import org.policyledger.interchange.Importer;
import org.policyledger.interchange.TracedInputStream;
import org.policyledger.interchange.UnreadableEntryException;
import org.policyledger.interchange.unvotes.Countries.Country;
import org.policyledger.ledger.BatchEntry;
import org.policyledger.ledger.Rejection;

/**
 * Reads the dataset's three files as ledger entries, in the order they can be recorded:
 * the United Nations and every state that voted, the issue codes as topics, the dataset
 * as a source, each roll call as an instrument (its cleaned description and topics), then
 * each roll call's outcome and every vote as facts with stable ids, so that an import
 * killed halfway resumes without duplicates.
 * <p>
 * The dataset records votes, not outcomes: a roll call with more yes than no votes is
 * recorded as adopted by vote with the tally counted from its votes, and the fact's note
 * says the outcome was inferred.
 */
public final class UnVotesReader implements EntryReader {

	public static final String VOTES = "un_votes.csv.gz";

	public static final String ROLL_CALLS = "un_roll_calls.csv.gz";

	public static final String ISSUES = "un_roll_call_issues.csv";

	/** The dataset, as the source every imported fact cites. */
	public static final SourceId SOURCE = SourceId.of("unvotes");

	/** The body that holds the roll calls. */
	public static final ActorId ASSEMBLY = ActorId.of("UN");

	private static final CsvMapper CSV = new CsvMapper();

	private static final CsvSchema HEADER = CsvSchema.emptySchema().withHeader();

	private final Path directory;

	private final Summary summary;

	private final Deque<Object> prepared;

	private TracedInputStream votesFile;

	private MappingIterator<VoteRow> votes;

	private long votesRead;

	/** A row of the votes file. */
	record VoteRow(@JsonProperty("rcid") String rcid, @JsonProperty("country") String country,
			@JsonProperty("country_code") String countryCode, @JsonProperty("vote") String vote) {
	}

	/** A row of the roll calls file. */
	record RollCallRow(@JsonProperty("rcid") String rcid, @JsonProperty("session") String session,
			@JsonProperty("importantvote") String importantVote, @JsonProperty("date") String date,
			@JsonProperty("unres") String unres, @JsonProperty("amend") String amend, @JsonProperty("para") String para,
			@JsonProperty("short") String shortName, @JsonProperty("descr") String description) {
	}

	/** A row of the issues file. */
	record IssueRow(@JsonProperty("rcid") String rcid, @JsonProperty("short_name") String code,
			@JsonProperty("issue") String issue) {
	}

	public UnVotesReader(Path directory) throws IOException {
		this(directory, new Summary(directory));
	}

	private UnVotesReader(Path directory, Summary summary) {
		this.directory = directory;
		this.summary = summary;
		this.prepared = new ArrayDeque<>(summary.prepared);
	}

	/**
	 * The dataset as an import's input. An import that checks first opens it twice; the
	 * roll calls, topics and tallies are read with the first reader and kept for the
	 * second, so that only the votes are read again. Each opening may come from another
	 * thread (an import reads ahead on one of its own).
	 */
	public static Importer.Input input(Path directory) {
		return new Importer.Input() {

			private Summary summary;

			@Override
			public synchronized EntryReader open() throws IOException {
				if (summary == null) {
					summary = new Summary(directory);
				}
				return new UnVotesReader(directory, summary);
			}

		};
	}

	/**
	 * What comes before the votes, in order (registrations, roll calls and outcomes as
	 * entries; unreadable roll calls as rejections), each roll call's day, and how many
	 * votes there are.
	 */
	private static final class Summary {

		private final List<Object> prepared = new ArrayList<>();

		private final Map<Integer, PartialDate> rollCallDays = new HashMap<>();

		private final long voteCount;

		/** The SHA-256 of the three files' digests, as read for this summary. */
		private final byte[] digest;

		Summary(Path directory) throws IOException {
			Map<Integer, List<TopicId>> topicsByRollCall = new HashMap<>();
			Map<TopicId, IssueRow> topics = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
			byte[] issuesRead = each(directory, ISSUES, IssueRow.class, (row, line) -> {
				TopicId topic = topicId(row.issue());
				topics.putIfAbsent(topic, row);
				topicsByRollCall.computeIfAbsent(Integer.valueOf(row.rcid()), rcid -> new ArrayList<>()).add(topic);
			});
			Map<Integer, int[]> tallies = new HashMap<>();
			Map<ActorId, Set<String>> names = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
			Map<ActorId, ActorKind> kinds = new HashMap<>();
			long[] count = { 0 };
			byte[] votesRead = each(directory, VOTES, VoteRow.class, (row, line) -> {
				count[0]++;
				try {
					Country country = Countries.of(row.countryCode(), row.country());
					Vote vote = vote(row.vote());
					names.computeIfAbsent(country.id(), id -> new LinkedHashSet<>()).add(row.country());
					kinds.put(country.id(), country.kind());
					tallies.computeIfAbsent(Integer.valueOf(row.rcid()), rcid -> new int[3])[vote.ordinal()]++;
				}
				catch (IllegalArgumentException ex) {
					// reported with its line when the votes are read as entries
				}
			});
			this.voteCount = count[0];
			prepare(0, new RegisterActor(ASSEMBLY, ActorKind.INTERNATIONAL_ORGANISATION, "United Nations",
					List.of("UN General Assembly")));
			names.forEach((id, known) -> prepare(0,
					new RegisterActor(id, kinds.get(id), known.iterator().next(), known.stream().skip(1).toList())));
			topics.forEach((id, issue) -> prepare(0, new RegisterTopic(id, issue.issue(),
					"UN General Assembly roll calls coded '" + issue.code() + "' in the unvotes dataset")));
			prepare(0,
					new RegisterSource(SOURCE, "Harvard Dataverse",
							"United Nations General Assembly Voting Data, as distributed in the unvotes R package",
							List.of("Erik Voeten", "Anton Strezhnev", "Michael Bailey"), null,
							PartialDate.parse("2020"), null, SourceKind.PRIMARY));
			List<Object> outcomes = new ArrayList<>();
			byte[] rollCallsRead = each(directory, ROLL_CALLS, RollCallRow.class, (row, line) -> {
				try {
					int rcid = Integer.parseInt(row.rcid());
					PartialDate day = PartialDate.ofDay(LocalDate.parse(row.date()));
					rollCallDays.put(rcid, day);
					prepare(line,
							new RegisterInstrument(instrument(rcid), InstrumentKind.ROLL_CALL, title(rcid, row), day,
									ASSEMBLY, null, Descriptions.clean(row.description()),
									topicsByRollCall.getOrDefault(rcid, List.of()), List.of()));
					int[] tally = tallies.getOrDefault(rcid, new int[3]);
					if (tally[Vote.YES.ordinal()] > tally[Vote.NO.ordinal()]) {
						outcomes.add(new BatchEntry(ROLL_CALLS, line, new AdoptResolution(
								FactId.of("unga-rc-" + rcid + "-adopted"), ASSEMBLY, instrument(rcid),
								AdoptionMethod.VOTE,
								new Tally(tally[Vote.YES.ordinal()], tally[Vote.NO.ordinal()],
										tally[Vote.ABSTAIN.ordinal()]),
								"Inferred from the votes recorded in the dataset (more yes than no); "
										+ "the dataset does not state outcomes.",
								day, List.of(new Citation(SOURCE, "un_roll_calls.csv and un_votes.csv, rcid " + rcid))),
								null));
					}
				}
				catch (NumberFormatException | DateTimeParseException ex) {
					prepared.add(new Rejection(ROLL_CALLS, line, row.rcid() == null ? "rcid" : "date",
							"not a roll call id and ISO date: rcid '" + row.rcid() + "', date '" + row.date() + "'"));
				}
			});
			prepared.addAll(outcomes);
			this.digest = Hashes.sha256(issuesRead, votesRead, rollCallsRead);
		}

		private void prepare(long line, LedgerCommand command) {
			prepared.add(new BatchEntry(line == 0 ? "unvotes" : ROLL_CALLS, line, command, null));
		}

	}

	@Override
	public BatchEntry next() throws IOException {
		Object item = prepared.poll();
		if (item instanceof Rejection rejection) {
			throw new UnreadableEntryException(rejection);
		}
		if (item != null) {
			return (BatchEntry) item;
		}
		if (votes == null) {
			Path path = file(directory, VOTES);
			votesFile = TracedInputStream.open(path);
			votes = CSV.readerFor(VoteRow.class).with(HEADER).readValues(votesFile.unpacked(path));
		}
		if (!votes.hasNextValue()) {
			return null;
		}
		VoteRow row = votes.nextValue();
		long line = ++votesRead + 1;
		try {
			Country country = Countries.of(row.countryCode(), row.country());
			Vote vote = vote(row.vote());
			int rcid = Integer.parseInt(row.rcid());
			PartialDate day = summary.rollCallDays.get(rcid);
			if (day == null) {
				throw new UnreadableEntryException(new Rejection(VOTES, line, "rcid", "no roll call " + rcid));
			}
			String who = Countries.hasCode(row.countryCode(), row.country()) ? "country_code " + row.countryCode()
					: "country " + row.country();
			return new BatchEntry(VOTES, line,
					new CastVote(FactId.of("unga-rc-" + rcid + "-" + country.id().value()), country.id(),
							instrument(rcid), vote, null, day,
							List.of(new Citation(SOURCE, "un_votes.csv, rcid " + rcid + ", " + who))),
					null);
		}
		catch (IllegalArgumentException ex) {
			String field = ex.getMessage().startsWith("vote") ? "vote"
					: ex instanceof NumberFormatException ? "rcid" : "country_code";
			throw new UnreadableEntryException(new Rejection(VOTES, line, field, ex.getMessage()));
		}
	}

	@Override
	public double fractionRead() {
		return summary.voteCount == 0 ? -1 : (double) votesRead / summary.voteCount;
	}

	/**
	 * The digest of what was read so far: the three files, as the summary (whence the
	 * entries before the votes) read them, then the votes file as far as it is read.
	 */
	@Override
	public byte[] digestSoFar() {
		return votesFile == null ? summary.digest : Hashes.sha256(summary.digest, votesFile.digestSoFar());
	}

	@Override
	public void close() throws IOException {
		if (votes != null) {
			votes.close();
		}
	}

	static InstrumentId instrument(int rcid) {
		return InstrumentId.of("unga-rc-" + rcid);
	}

	static TopicId topicId(String issue) {
		return TopicId.of(issue.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
	}

	private static String title(int rcid, RollCallRow row) {
		String unres = "NA".equals(row.unres()) || row.unres() == null || row.unres().isBlank() ? ""
				: " (" + row.unres() + ")";
		String subject = Descriptions.clean(row.shortName());
		return "UN General Assembly roll call " + rcid + unres + (subject == null ? "" : ": " + subject);
	}

	private static Vote vote(String value) {
		return switch (value == null ? "" : value) {
			case "yes" -> Vote.YES;
			case "no" -> Vote.NO;
			case "abstain" -> Vote.ABSTAIN;
			default -> throw new IllegalArgumentException("vote '" + value + "' is not yes, no or abstain");
		};
	}

	/**
	 * Throws, naming the first of the dataset's files that {@code directory} lacks, so
	 * that a command can refuse it before it starts the ledger.
	 */
	public static void requireFiles(Path directory) throws NoSuchFileException {
		for (String name : List.of(ISSUES, VOTES, ROLL_CALLS)) {
			file(directory, name);
		}
	}

	private static Path file(Path directory, String name) throws NoSuchFileException {
		Path file = directory.resolve(name);
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(file.toString(), null,
					"the UN votes directory must hold " + VOTES + ", " + ROLL_CALLS + " and " + ISSUES);
		}
		return file;
	}

	/** What to do with each row of a file, given its line. */
	@FunctionalInterface
	private interface RowAction<T> {

		void accept(T row, long line);

	}

	/** Reads a file's every row, answering the SHA-256 of the file's bytes. */
	private static <T> byte[] each(Path directory, String name, Class<T> type, RowAction<T> action) throws IOException {
		Path path = file(directory, name);
		try (TracedInputStream file = TracedInputStream.open(path);
				MappingIterator<T> rows = CSV.readerFor(type).with(HEADER).readValues(file.unpacked(path))) {
			long line = 1;
			while (rows.hasNextValue()) {
				action.accept(rows.nextValue(), ++line);
			}
			return file.digestSoFar();
		}
	}

}

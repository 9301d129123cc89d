package org.policyledger.interchange.unvotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyledger.api.AdoptResolution;
import org.policyledger.api.CastVote;
import org.policyledger.api.RegisterInstrument;
import org.policyledger.api.Vote;
import org.policyledger.interchange.EntryReader;
import org.policyledger.interchange.Importer;
import org.policyledger.interchange.UnreadableEntryException;
import org.policyledger.ledger.BatchEntry;
import org.policyledger.ledger.Rejection;

/** The UN votes files as entries, on a few hand-written rows with the dataset's traps. */
class UnVotesReaderTest {

	@TempDir
	Path directory;

	private void write(String votes, String rollCalls, String issues) throws IOException {
		gzip(UnVotesReader.VOTES, "\"rcid\",\"country\",\"country_code\",\"vote\"\n" + votes);
		gzip(UnVotesReader.ROLL_CALLS,
				"\"rcid\",\"session\",\"importantvote\",\"date\",\"unres\",\"amend\",\"para\",\"short\",\"descr\"\n"
						+ rollCalls);
		Files.writeString(directory.resolve(UnVotesReader.ISSUES), "\"rcid\",\"short_name\",\"issue\"\n" + issues);
	}

	private void gzip(String name, String content) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(directory.resolve(name)))) {
			out.write(content.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** Every entry, and the refusals in their place as Rejections. */
	private List<Object> read() throws IOException {
		return read(new UnVotesReader(directory));
	}

	private static List<Object> read(EntryReader opened) throws IOException {
		List<Object> items = new ArrayList<>();
		try (EntryReader reader = opened) {
			while (true) {
				try {
					BatchEntry entry = reader.next();
					if (entry == null) {
						return items;
					}
					items.add(entry);
				}
				catch (UnreadableEntryException ex) {
					items.add(ex.rejection());
				}
			}
		}
	}

	@Test
	void readsARollCallItsOutcomeAndItsVotes() throws IOException {
		write("3,\"United States\",\"US\",\"yes\"\n3,\"Namibia\",\"NA\",\"no\"\n3,\"Zanzibar\",NA,\"yes\"\n",
				"3,1,0,1946-01-01,\"R/1/66\",1,0,\"RULES\",\"TO ADOPT \\MEMBERS\\\\ RULE\"\n",
				"3,\"hr\",\"Human rights\"\n");
		List<Object> items = read();
		assertThat(items).noneMatch(Rejection.class::isInstance);
		RegisterInstrument rollCall = items.stream()
			.map(item -> ((BatchEntry) item).command())
			.filter(RegisterInstrument.class::isInstance)
			.map(RegisterInstrument.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(rollCall.title()).isEqualTo("UN General Assembly roll call 3 (R/1/66): RULES");
		assertThat(rollCall.description()).isEqualTo("TO ADOPT \"MEMBERS\" RULE");
		assertThat(rollCall.topics()).extracting(topic -> topic.value()).containsExactly("human-rights");
		assertThat(items).map(item -> ((BatchEntry) item).command())
			.filteredOn(AdoptResolution.class::isInstance)
			.singleElement()
			.satisfies(adoption -> assertThat(((AdoptResolution) adoption).tally().yes()).isEqualTo(2));
		assertThat(items).map(item -> ((BatchEntry) item).command())
			.filteredOn(CastVote.class::isInstance)
			.extracting(vote -> ((CastVote) vote).actorId().value() + ":" + ((CastVote) vote).vote())
			.containsExactly("USA:" + Vote.YES, "NAM:" + Vote.NO, "ZAN:" + Vote.YES);
	}

	@Test
	void refusesVoteRowsItCannotReadNamingLineAndColumn() throws IOException {
		write("3,\"United States\",\"US\",\"maybe\"\n3,\"Atlantis\",\"QQ\",\"yes\"\n9,\"Canada\",\"CA\",\"no\"\n",
				"3,1,0,1946-01-01,\"R/1/66\",1,0,\"RULES\",\"TEXT\"\n", "");
		assertThat(read()).filteredOn(Rejection.class::isInstance)
			.containsExactly(new Rejection(UnVotesReader.VOTES, 2, "vote", "vote 'maybe' is not yes, no or abstain"),
					new Rejection(UnVotesReader.VOTES, 3, "country_code", "'QQ' is not an ISO 3166 country code"),
					new Rejection(UnVotesReader.VOTES, 4, "rcid", "no roll call 9"));
	}

	@Test
	void refusesARollCallWithoutADate() throws IOException {
		write("", "3,1,0,NA,\"R/1/66\",1,0,\"RULES\",\"TEXT\"\n", "");
		assertThat(read()).filteredOn(Rejection.class::isInstance)
			.singleElement()
			.satisfies(rejection -> assertThat(((Rejection) rejection).field()).isEqualTo("date"));
	}

	@Test
	void readsTheSameEntriesEachTimeAnImportOpensIt() throws IOException {
		write("3,\"United States\",\"US\",\"yes\"\n3,\"Atlantis\",\"QQ\",\"yes\"\n",
				"3,1,0,1946-01-01,\"R/1/66\",1,0,\"RULES\",\"TEXT\"\n4,1,0,NA,\"R/1/67\",1,0,\"RULES\",\"TEXT\"\n",
				"3,\"hr\",\"Human rights\"\n");
		Importer.Input input = UnVotesReader.input(directory);
		List<Object> checked = read(input.open());
		assertThat(checked).hasOnlyElementsOfTypes(BatchEntry.class, Rejection.class)
			.hasAtLeastOneElementOfType(Rejection.class)
			.isEqualTo(read());
		assertThat(read(input.open())).isEqualTo(checked);
	}

	@Test
	void digestsWhatItReadSoThatARollCallChangedBetweenReadingsShows() throws IOException {
		String votes = "3,\"United States\",\"US\",\"yes\"\n";
		String issues = "3,\"hr\",\"Human rights\"\n";
		write(votes, "3,1,0,1946-01-01,\"R/1/66\",1,0,\"RULES\",\"TEXT\"\n", issues);
		List<byte[]> first = digests(new UnVotesReader(directory));
		assertThat(digests(new UnVotesReader(directory))).containsExactlyElementsOf(first);
		write(votes, "3,1,0,1946-01-02,\"R/1/66\",1,0,\"RULES\",\"TEXT\"\n", issues);
		List<byte[]> changed = digests(new UnVotesReader(directory));
		assertThat(changed).hasSameSizeAs(first);
		for (int i = 0; i < first.size(); i++) {
			assertThat(changed.get(i)).isNotEqualTo(first.get(i));
		}
	}

	/** The reader's digest after each entry. */
	private static List<byte[]> digests(EntryReader opened) throws IOException {
		List<byte[]> digests = new ArrayList<>();
		try (EntryReader reader = opened) {
			while (reader.next() != null) {
				digests.add(reader.digestSoFar());
			}
		}
		return digests;
	}

	@Test
	void saysWhichFilesItNeeds() {
		IOException missing = catchThrowableOfType(() -> new UnVotesReader(directory), IOException.class);
		assertThat(missing).hasMessageContaining("must hold " + UnVotesReader.VOTES);
	}

}

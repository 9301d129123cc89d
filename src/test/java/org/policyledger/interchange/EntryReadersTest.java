package org.policyledger.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.policyledger.api.FactId;
import org.policyledger.api.RecordFact;
import org.policyledger.ledger.BatchEntry;
import org.policyledger.ledger.Rejection;

/** Reading files into entries, and every way an entry or a file is refused. */
class EntryReadersTest {

	private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private static final String VOTE = "{\"type\": \"VoteCast\", \"actorId\": \"USA\", \"instrumentId\": \"unga-rc-3\","
			+ " \"vote\": \"YES\", \"validTime\": \"1946-01-01\", \"sources\": [{\"source\": \"unvotes\", \"locator\": \"x\"}]}";

	private static EntryReader reader(FileFormat format, String content) throws IOException {
		return format.read("file", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), () -> -1,
				MAPPER);
	}

	private static Rejection refusal(FileFormat format, String content) throws IOException {
		try (EntryReader reader = reader(format, content)) {
			return catchThrowableOfType(reader::next, UnreadableEntryException.class).rejection();
		}
	}

	@Test
	void keepsTheFirstRecordingTimeOfAFactThatCameThroughTwoLedgers() throws IOException {
		try (EntryReader reader = reader(FileFormat.NDJSON,
				"{\"format\": \"policy-ledger/1\"}\n{\"fact\": " + VOTE.replace("{\"type\"",
						"{\"recordedAt\": \"2025-06-01T00:00:00Z\", \"originallyRecordedAt\": \"2025-01-01T00:00:00Z\","
								+ " \"type\"")
						+ "}\n")) {
			assertThat(reader.next().originallyRecordedAt()).hasToString("2025-01-01T00:00:00Z");
		}
	}

	@Test
	void readsAnNdjsonFactWithItsLineAndRecordingTime() throws IOException {
		try (EntryReader reader = reader(FileFormat.NDJSON, "{\"format\": \"policy-ledger/1\"}\n\n{\"fact\": "
				+ VOTE.replace("{\"type\"", "{\"recordedAt\": \"2025-01-01T00:00:00Z\", \"type\"") + "}\n")) {
			BatchEntry entry = reader.next();
			assertThat(entry.line()).isEqualTo(3);
			assertThat(entry.originallyRecordedAt()).hasToString("2025-01-01T00:00:00Z");
			assertThat(((RecordFact) entry.command()).factId().value()).startsWith("sha256-");
			assertThat(reader.next()).isNull();
		}
	}

	@Test
	void derivesTheSameIdFromTheSameContent() throws IOException {
		String file = "{\"format\": \"policy-ledger/1\"}\n{\"fact\": " + VOTE + "}\n";
		FactId first;
		try (EntryReader reader = reader(FileFormat.NDJSON, file)) {
			first = ((RecordFact) reader.next().command()).factId();
		}
		try (EntryReader reader = reader(FileFormat.NDJSON, file)) {
			assertThat(((RecordFact) reader.next().command()).factId()).isEqualTo(first);
		}
	}

	@Test
	void refusesAFileWithoutTheFormatHeader() {
		assertThatThrownBy(() -> reader(FileFormat.NDJSON, "{\"fact\": " + VOTE + "}\n"))
			.isInstanceOf(MalformedFileException.class)
			.hasMessage("file:1: unsupported format '': expected \"format\": \"policy-ledger/1\"");
	}

	@Test
	void refusesAnNdjsonLineWithTwoEntries() throws IOException {
		assertThat(refusal(FileFormat.NDJSON, "{\"format\": \"policy-ledger/1\"}\n{\"fact\": {}, \"actor\": {}}\n"))
			.isEqualTo(new Rejection("file", 2, null,
					"an entry line holds exactly one of actor, topic, source, archive, instrument or fact"));
	}

	@Test
	void refusesAnUnknownEntryKind() throws IOException {
		assertThat(refusal(FileFormat.NDJSON, "{\"format\": \"policy-ledger/1\"}\n{\"country\": {}}\n").field())
			.isEqualTo("country");
	}

	@Test
	void refusesALineThatIsNotAnObject() throws IOException {
		assertThat(refusal(FileFormat.NDJSON, "{\"format\": \"policy-ledger/1\"}\n[1, 2]\n").reason())
			.isEqualTo("a line must be a JSON object");
	}

	@Test
	void refusesAMalformedRecordingTime() throws IOException {
		Rejection rejection = refusal(FileFormat.NDJSON, "{\"format\": \"policy-ledger/1\"}\n{\"fact\": "
				+ VOTE.replace("{\"type\"", "{\"recordedAt\": \"yesterday\", \"type\"") + "}\n");
		assertThat(rejection.field()).isEqualTo("recordedAt");
		assertThat(rejection.reason()).contains("not an ISO-8601 instant");
	}

	@Test
	void refusesABadValueNamingItsField() throws IOException {
		Rejection rejection = refusal(FileFormat.NDJSON,
				"{\"format\": \"policy-ledger/1\"}\n{\"fact\": " + VOTE.replace("\"YES\"", "\"MAYBE\"") + "}\n");
		assertThat(rejection.field()).isEqualTo("vote");
		assertThat(rejection.reason()).contains("MAYBE").doesNotContain("org.policyledger");
	}

	@Test
	void refusesAJsonDocumentWhoseFormatIsNotFirst() {
		assertThatThrownBy(() -> reader(FileFormat.JSON, "{\"facts\": [], \"format\": \"policy-ledger/1\"}"))
			.isInstanceOf(MalformedFileException.class)
			.hasMessageContaining("expected \"format\" as the first field");
	}

	@Test
	void refusesAnUnknownSectionOfAJsonDocument() throws IOException {
		try (EntryReader reader = reader(FileFormat.JSON, "{\"format\": \"policy-ledger/1\", \"votes\": []}")) {
			assertThatThrownBy(reader::next).isInstanceOf(MalformedFileException.class)
				.hasMessageContaining("not \"votes\"");
		}
	}

	@Test
	void refusesBrokenJsonSayingWhere() throws IOException {
		try (EntryReader reader = reader(FileFormat.JSON, "{\"format\": \"policy-ledger/1\",\n\"facts\": [{]}")) {
			assertThatThrownBy(reader::next).isInstanceOf(MalformedFileException.class)
				.hasMessageStartingWith("file:2: not valid JSON");
		}
	}

	@Test
	void readsACsvFactFromDottedColumns() throws IOException {
		try (EntryReader reader = reader(FileFormat.CSV, "type,actorId,instrumentId,vote,validTime,sources.0.source,"
				+ "sources.0.locator\nVoteCast,USA,unga-rc-3,NO,1946-01-01,unvotes,\"rcid 3, US\"\n")) {
			BatchEntry entry = reader.next();
			assertThat(entry.line()).isEqualTo(2);
			assertThat(((RecordFact) entry.command()).sources().get(0).locator()).isEqualTo("rcid 3, US");
		}
	}

	@Test
	void refusesACsvColumnThatDoesNotFitTheFact() throws IOException {
		Rejection rejection = refusal(FileFormat.CSV, "type,tally,tally.yes\nResolutionAdopted,3,4\n");
		assertThat(rejection.line()).isEqualTo(2);
		assertThat(rejection.field()).isEqualTo("tally.yes");
	}

	@Test
	void tellsTheFormatFromTheExtension() {
		assertThat(FileFormat.of(Path.of("a/b/ledger.ndjson.gz"))).isEqualTo(FileFormat.NDJSON);
		assertThatThrownBy(() -> FileFormat.of(Path.of("ledger.xml"))).hasMessageContaining("cannot tell the format");
	}

}

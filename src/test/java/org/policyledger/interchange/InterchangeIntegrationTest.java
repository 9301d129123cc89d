package org.policyledger.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyledger.api.Recorder;
import org.policyledger.TestLedger;
import org.policyledger.api.RecordFact;
import org.policyledger.ledger.BatchEntry;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The seeded ledger's exports: its own format round-trips exactly through an empty
 * ledger, CSV holds the same facts, and JSON-LD carries provenance in PROV-O terms.
 */
class InterchangeIntegrationTest {

	private static final String SEED = "src/main/resources/seed/ledger-seed.json";

	private static ConfigurableApplicationContext seeded;

	private static Exporter exporter;

	private static ObjectMapper objectMapper;

	@TempDir
	Path files;

	private byte[] export(Exporter from, FileFormat format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		from.export(format, out, ProgressListener.NONE);
		return out.toByteArray();
	}

	private static ConfigurableApplicationContext ledger(boolean seed) {
		return TestLedger.fresh().start("--ledger.seed.enabled=" + seed);
	}

	/** A ledger of its own that holds the seed and nothing else. */
	@BeforeAll
	static void startSeeded() {
		seeded = ledger(true);
		exporter = seeded.getBean(Exporter.class);
		objectMapper = seeded.getBean(ObjectMapper.class);
	}

	@AfterAll
	static void stopSeeded() {
		seeded.close();
	}

	/**
	 * An import records each fact at the importing ledger's time and keeps the file's as
	 * {@code originallyRecordedAt}: put back in its place, the export is the file again.
	 */
	@Test
	void exportImportedIntoAnEmptyLedgerExportsTheSameFactsWithTheirFirstRecordingTimes() throws IOException {
		for (FileFormat format : List.of(FileFormat.JSON, FileFormat.NDJSON)) {
			byte[] first = export(exporter, format);
			Path file = files.resolve("ledger." + format.name().toLowerCase());
			Files.write(file, first);
			try (ConfigurableApplicationContext copy = ledger(false)) {
				ImportReport report = copy.getBean(Importer.class)
					.importFile(file, format, new ImportOptions(10, false, Recorder.SEED), ProgressListener.NONE);
				assertThat(report.rejectedCount()).isZero();
				assertThat(report.recorded()).isEqualTo(75);
				String again = new String(export(copy.getBean(Exporter.class), format), StandardCharsets.UTF_8);
				assertThat(again).doesNotContain(new String(first, StandardCharsets.UTF_8));
				assertThat(again.replaceAll("\"recordedAt\"\\s*:\\s*\"[^\"]*\",\\s*(?=\"originallyRecordedAt\")", "")
					.replace("\"originallyRecordedAt\"", "\"recordedAt\""))
					.isEqualTo(new String(first, StandardCharsets.UTF_8));
			}
		}
	}

	@Test
	void csvExportHoldsTheSameFactsAsTheLedgersOwnFormat() throws IOException {
		List<BatchEntry> fromNdjson = facts(FileFormat.NDJSON, export(exporter, FileFormat.NDJSON));
		List<BatchEntry> fromCsv = facts(FileFormat.CSV, export(exporter, FileFormat.CSV));
		assertThat(fromCsv).hasSize(36);
		assertThat(fromCsv).extracting(BatchEntry::command)
			.containsExactlyElementsOf(fromNdjson.stream().map(BatchEntry::command).toList());
		assertThat(fromCsv).extracting(BatchEntry::originallyRecordedAt)
			.containsExactlyElementsOf(fromNdjson.stream().map(BatchEntry::originallyRecordedAt).toList());
	}

	private List<BatchEntry> facts(FileFormat format, byte[] content) throws IOException {
		List<BatchEntry> facts = new ArrayList<>();
		try (EntryReader reader = format.read("export", new ByteArrayInputStream(content), () -> -1, objectMapper)) {
			BatchEntry entry;
			while ((entry = reader.next()) != null) {
				if (entry.command() instanceof RecordFact) {
					facts.add(entry);
				}
			}
		}
		return facts;
	}

	@Test
	void jsonLdExportGivesEachFactItsProvenanceInProvTerms() throws IOException {
		JsonNode document = objectMapper.readTree(export(exporter, FileFormat.JSONLD));
		assertThat(document.at("/@context/prov").asText()).isEqualTo("http://www.w3.org/ns/prov#");
		assertThat(document.at("/@context/schema").asText()).isEqualTo("https://schema.org/");
		JsonNode fact = null;
		for (JsonNode node : document.get("@graph")) {
			if (node.get("@id").asText().equals("urn:policy-ledger:fact:usa-2025-09-24-multilateral-ai-governance")) {
				fact = node;
			}
		}
		assertThat(fact).isNotNull();
		assertThat(fact.get("prov:generatedAtTime").asText()).isNotBlank();
		assertThat(fact.get("prov:wasDerivedFrom").get(0).asText()).startsWith("urn:policy-ledger:source:");
		JsonNode quote = fact.get("schema:citation").get(0);
		String archived = quote.get("prov:wasQuotedFrom").asText();
		assertThat(archived).startsWith(fact.get("prov:wasDerivedFrom").get(0).asText() + "/archive/");
		JsonNode version = null;
		for (JsonNode node : document.get("@graph")) {
			if (node.get("@id").asText().equals(archived)) {
				version = node;
			}
		}
		assertThat(version).as("the archived version quoted from").isNotNull();
		assertThat(version.get("prov:specializationOf").asText())
			.isEqualTo(fact.get("prov:wasDerivedFrom").get(0).asText());
		assertThat(version.get("schema:text").asText()).contains("totally reject");

		assertThat(quote.get("prov:value").asText()).contains("totally reject");
		assertThat(fact.get("ledger:record").get("type").asText()).isEqualTo("PositionStated");
	}

	@Test
	void jsonExportAndTheSeedFollowTheDocumentedSchema() throws IOException {
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
			.getSchema(Files.readString(Path.of("docs", "interchange.schema.json")));
		assertThat(schema.validate(objectMapper.readTree(export(exporter, FileFormat.JSON)))).isEmpty();
		assertThat(schema.validate(objectMapper.readTree(Path.of(SEED).toFile()))).isEmpty();
		assertThat(schema.validate(objectMapper.readTree("{\"format\": \"policy-ledger/1\", \"facts\": [{\"type\":"
				+ " \"VoteCast\", \"actorId\": \"USA\", \"vote\": \"MAYBE\"}]}")))
			.isNotEmpty();
		assertThat(schema.validate(objectMapper.readTree("""
				{"format": "policy-ledger/1", "facts": [
				 {"type": "TreatyRatified", "actorId": "USA", "instrumentId": "t", "means": "ACCESSION",
				  "validTime": "2025-03", "sources": [{"source": "s", "locator": "p. 1"}]},
				 {"type": "TreatyEnteredIntoForce", "actorId": "USA", "instrumentId": "t", "validTime": "2025-06-01",
				  "sources": [{"source": "s", "locator": "p. 1"}]},
				 {"type": "ResolutionSponsored", "actorId": "USA", "instrumentId": "r", "role": "CO_SPONSOR",
				  "validTime": "2024", "sources": [{"source": "s", "locator": "p. 1"}]}]}"""))).isEmpty();
		assertThat(schema.validate(objectMapper.readTree("""
				{"format": "policy-ledger/1", "facts": [
				 {"type": "TreatyRatified", "actorId": "USA", "instrumentId": "t", "means": "SIGNATURE",
				  "validTime": "2025-03", "sources": [{"source": "s", "locator": "p. 1"}]}]}"""))).isNotEmpty();
	}

}

package org.policyledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Files imported while the service runs: sent to {@code POST /api/imports} or with
 * {@code import --server}, checked and written as the command line's import does, as a
 * job that reports how far it is.
 */
@LedgerIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "ledger.web.max-import-size=4KB")
class ImportIntoARunningServiceIntegrationTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String HEADER = "{\"format\": \"policy-ledger/1\"}\n";

	@LocalServerPort
	private int port;

	@Autowired
	private ObjectMapper objectMapper;

	private static String fact(String factId, String topic) {
		return """
				{"fact": {"type": "PositionStated", "factId": "%s", "actorId": "USA", "topicId": "%s",
				 "stance": "SUPPORTS", "summary": "A position", "validTime": "2024",
				 "sources": [{"source": "csis-2025-10-07-un-global-dialogue", "locator": "a passage"}]}}"""
			.formatted(factId, topic)
			.replace("\n", "") + "\n";
	}

	/** A fact without its summary. */
	private static String badFact(String factId) {
		return fact(factId, "open-source-ai").replace("\"summary\": \"A position\", ", "");
	}

	private HttpResponse<String> send(String path, byte[] body, String token, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Sends a file and waits until its job has ended; the ended job. */
	private JsonNode imported(String query, byte[] file, String... headers) throws Exception {
		HttpResponse<String> accepted = send("/api/imports?" + query, file, LedgerIntegrationTest.EDITOR_TOKEN,
				headers);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String location = accepted.headers().firstValue("Location").orElseThrow();
		JsonNode[] job = new JsonNode[1];
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			job[0] = objectMapper.readTree(get(location).body());
			return !Set.of("QUEUED", "RUNNING").contains(job[0].get("state").asText());
		});
		return job[0];
	}

	private int factStatus(String factId) throws Exception {
		return get("/api/facts/" + factId).statusCode();
	}

	@Test
	void importsAFileSentToTheRunningService() throws Exception {
		JsonNode job = imported("format=ndjson",
				(HEADER + fact("sent-a", "open-source-ai") + fact("sent-b", "multilateral-ai-governance"))
					.getBytes(StandardCharsets.UTF_8));
		assertThat(job.get("state").asText()).isEqualTo("DONE");
		assertThat(job.at("/report/recorded").asLong()).isEqualTo(2);
		assertThat(job.get("recordedBy").asText()).isEqualTo("test-editor");
		await().atMost(Duration.ofSeconds(30)).until(() -> factStatus("sent-b") == 200);
	}

	@Test
	void refusesAFileWithABadEntryWritingNothing() throws Exception {
		JsonNode job = imported("format=ndjson",
				(HEADER + fact("refused-good", "open-source-ai") + badFact("refused-bad"))
					.getBytes(StandardCharsets.UTF_8));
		assertThat(job.get("state").asText()).isEqualTo("REFUSED");
		assertThat(job.at("/report/batches").asInt()).isZero();
		assertThat(job.at("/report/rejectedCount").asLong()).isEqualTo(1);
		assertThat(job.at("/report/rejected/0/line").asLong()).isEqualTo(3);
		assertThat(factStatus("refused-good")).isEqualTo(404);
	}

	@Test
	void importsTheGoodEntriesAndReportsTheBadOnesWhenAskedTo() throws Exception {
		JsonNode job = imported("format=ndjson&skipBad=true",
				(HEADER + fact("skipped-good", "open-source-ai") + badFact("skipped-bad"))
					.getBytes(StandardCharsets.UTF_8));
		assertThat(job.get("state").asText()).isEqualTo("DONE");
		assertThat(job.at("/report/recorded").asLong()).isEqualTo(1);
		assertThat(job.at("/report/rejectedCount").asLong()).isEqualTo(1);
		assertThat(job.get("refused").asLong()).isEqualTo(1);
		assertThat(job.get("done").asLong()).isEqualTo(2);
	}

	@Test
	void readsAGzippedUpload() throws Exception {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
			gzip.write((HEADER + fact("gzipped", "open-source-ai")).getBytes(StandardCharsets.UTF_8));
		}
		JsonNode job = imported("format=ndjson", compressed.toByteArray(), "Content-Encoding", "gzip");
		assertThat(job.get("state").asText()).isEqualTo("DONE");
		assertThat(job.at("/report/recorded").asLong()).isEqualTo(1);
	}

	@Test
	void failsAJobWhoseFileIsNotItsFormat() throws Exception {
		JsonNode job = imported("format=json", "not json at all".getBytes(StandardCharsets.UTF_8));
		assertThat(job.get("state").asText()).isEqualTo("FAILED");
		assertThat(job.get("error").asText()).isNotBlank();
	}

	@Test
	void refusesAnUploadOverTheLimit() throws Exception {
		HttpResponse<String> refused = send("/api/imports?format=ndjson", new byte[5000],
				LedgerIntegrationTest.EDITOR_TOKEN);
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void refusesAnExportOnlyFormat() throws Exception {
		assertThat(send("/api/imports?format=jsonld", new byte[0], LedgerIntegrationTest.EDITOR_TOKEN).statusCode())
			.isEqualTo(400);
	}

	@Test
	void refusesAnImportWithoutAnEditorToken() throws Exception {
		assertThat(send("/api/imports?format=ndjson", HEADER.getBytes(StandardCharsets.UTF_8), null).statusCode())
			.isEqualTo(401);
	}

	@Test
	void answersNotFoundForAnUnknownJob() throws Exception {
		HttpResponse<String> unknown = get("/api/imports/no-such-job");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("no import job 'no-such-job'");
	}

	@Test
	void sendsAFileFromTheCommandLineToTheRunningService() throws Exception {
		Path file = Files.createTempDirectory("remote-import").resolve("facts.ndjson");
		Files.writeString(file, HEADER + fact("from-the-command-line", "open-source-ai"));
		CommandLineTest.Run run = CommandLineTest.run("import", "--quiet", "--server", "http://localhost:" + port,
				"--token", LedgerIntegrationTest.EDITOR_TOKEN, file.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("1 recorded");
		await().atMost(Duration.ofSeconds(30)).until(() -> factStatus("from-the-command-line") == 200);
	}

	@Test
	void saysInOneLineWhenTheServiceRefusesTheCommandLinesImport() throws Exception {
		Path file = Files.createTempDirectory("remote-import").resolve("facts-" + UUID.randomUUID() + ".ndjson");
		Files.writeString(file, HEADER);
		CommandLineTest.Run run = CommandLineTest.run("import", "--quiet", "--server", "http://localhost:" + port,
				"--token", "not-a-token", file.toString());
		assertThat(run.exitCode()).isEqualTo(LedgerCli.FAILED);
		assertThat(run.err().strip()).startsWith("error: the service at http://localhost:" + port + " refused")
			.doesNotContain("\n");
	}

}

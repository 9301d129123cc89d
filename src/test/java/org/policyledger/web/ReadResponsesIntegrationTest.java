package org.policyledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.read.ReadModelMaintenance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How read answers travel: gzip-compressed over a few kilobytes when the client accepts
 * it, not sent again when unchanged, and marked with how far the read models were.
 */
@LedgerIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadResponsesIntegrationTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ReadModelMaintenance readModel;

	@BeforeEach
	void seedProjected() {
		await().atMost(Duration.ofSeconds(30)).until(readModel::isCaughtUp);
	}

	private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void compressesALargeJsonAnswerForAClientThatAcceptsGzip() throws Exception {
		HttpResponse<byte[]> plain = get("/api/actors/USA/timeline?knownAt=2099-01-01");
		HttpResponse<byte[]> compressed = get("/api/actors/USA/timeline?knownAt=2099-01-01", "Accept-Encoding", "gzip");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(compressed.body().length).isLessThan(plain.body().length / 2);
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.body());
		}
	}

	@Test
	void leavesASmallAnswerUncompressed() throws Exception {
		HttpResponse<byte[]> answer = get("/api/status", "Accept-Encoding", "gzip");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void answersNotModifiedToAClientThatHasTheSameAnswer() throws Exception {
		HttpResponse<byte[]> first = get("/api/actors/USA/timeline?knownAt=2099-01-01");
		String tag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> again = get("/api/actors/USA/timeline?knownAt=2099-01-01", "If-None-Match", tag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void sendsAChangedAnswerWhateverTagTheClientHas() throws Exception {
		String tag = get("/api/actors/USA/timeline?knownAt=2020-01-01").headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> other = get("/api/actors/USA/timeline?knownAt=2099-01-01", "If-None-Match", tag);
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
	}

	@Test
	void tagsReadModelAnswersByTheReadModelsVersionBeforeAskingThem() throws Exception {
		HttpResponse<byte[]> first = get("/api/actors/USA/stances/multilateral-ai-governance");
		assertThat(first.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).startsWith("W/\"rm-"));
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
		HttpResponse<byte[]> again = get("/api/actors/USA/stances/multilateral-ai-governance", "If-None-Match",
				first.headers().firstValue("ETag").orElseThrow());
		assertThat(again.statusCode()).isEqualTo(304);
	}

	@Test
	void neverAnswersNotModifiedOnceANewFactChangedTheAnswer() throws Exception {
		String path = "/api/actors/USA/timeline?from=2024-03-01&to=2024-03-31";
		HttpResponse<byte[]> before = get(path);
		assertThat(new String(before.body(), StandardCharsets.UTF_8)).doesNotContain("usa-2024-03-etag-check");
		HttpResponse<String> recorded = HTTP.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/facts"))
			.header("Authorization", "Bearer " + LedgerIntegrationTest.EDITOR_TOKEN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"type": "PositionStated", "factId": "usa-2024-03-etag-check", "actorId": "USA",
					 "topicId": "open-source-ai", "stance": "SUPPORTS", "summary": "A position", "validTime": "2024-03",
					 "sources": [{"source": "csis-2025-10-07-un-global-dialogue", "locator": "a passage"}]}"""))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(recorded.statusCode()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(30)).until(readModel::isCaughtUp);
		HttpResponse<byte[]> after = get(path, "If-None-Match", before.headers().firstValue("ETag").orElseThrow());
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(new String(after.body(), StandardCharsets.UTF_8)).contains("usa-2024-03-etag-check");
	}

	@Test
	void neverAnswersNotModifiedAfterARebuild() throws Exception {
		String path = "/api/actors/USA/stances/multilateral-ai-governance";
		String tag = get(path).headers().firstValue("ETag").orElseThrow();
		readModel.rebuild();
		await().atMost(Duration.ofSeconds(30)).until(readModel::isCaughtUp);
		assertThat(get(path, "If-None-Match", tag).statusCode()).isEqualTo(200);
	}

	@Test
	void streamsTheEventStreamWithoutBufferingIt() throws Exception {
		HttpResponse<byte[]> events = get("/api/actors/USA/events");
		assertThat(events.statusCode()).isEqualTo(200);
		assertThat(events.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void saysHowFarTheReadModelsWereWhenItAnswered() throws Exception {
		HttpResponse<byte[]> answer = get("/api/actors/USA/timeline");
		assertThat(answer.headers().firstValue("Ledger-Caught-Up")).hasValue("true");
		assertThat(answer.headers().firstValue("Ledger-Position").map(Long::parseLong)).hasValue(readModel.position());
	}

}

package org.policyledger.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.policyledger.interchange.FileFormat;
import org.policyledger.interchange.ImportJob;
import org.policyledger.interchange.ImportReport;
import org.policyledger.interchange.ProgressListener;

/**
 * Sends a file to a running service ({@code POST /api/imports}) instead of opening its
 * database, and follows the import job until it ends.
 */
final class RemoteImport {

	private static final Duration POLL = Duration.ofMillis(500);

	private final URI server;

	private final String token;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	/** Reads jobs, passing over fields a newer service may add. */
	private final ObjectMapper json = JsonMapper.builder()
		.findAndAddModules()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	RemoteImport(URI server, String token) {
		this.server = server;
		this.token = token;
	}

	/** The job's report once it has ended; a job that failed is an error. */
	ImportReport run(Path file, FileFormat format, boolean skipBad, ProgressListener progress)
			throws IOException, InterruptedException {
		HttpRequest.Builder upload = request(
				"/api/imports?format=" + format.name().toLowerCase(Locale.ROOT) + "&skipBad=" + skipBad)
			.header("Content-Type", "application/octet-stream")
			.POST(HttpRequest.BodyPublishers.ofFile(file));
		if (file.getFileName().toString().endsWith(".gz")) {
			upload.header("Content-Encoding", "gzip");
		}
		ImportJob job = job(send(upload.build(), 202));
		while (!job.state().ended()) {
			Thread.sleep(POLL.toMillis());
			job = job(send(request("/api/imports/" + job.id()).GET().build(), 200));
			progress.progress(job.done(), job.fraction());
		}
		if (job.state() == ImportJob.State.FAILED) {
			throw new IOException("the service could not import " + file + ": " + job.error());
		}
		return job.report();
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path));
		return token == null ? request : request.header("Authorization", "Bearer " + token);
	}

	private String send(HttpRequest request, int expected) throws IOException, InterruptedException {
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (ConnectException ex) {
			throw new IOException("no service answers at " + server + " (is it running?)", ex);
		}
		if (response.statusCode() != expected) {
			JsonNode problem = response.body().isBlank() ? null : json.readTree(response.body());
			String detail = problem != null && problem.hasNonNull("detail") ? problem.get("detail").asText()
					: "HTTP " + response.statusCode();
			throw new IOException("the service at " + server + " refused the import: " + detail);
		}
		return response.body();
	}

	private ImportJob job(String body) throws IOException {
		return json.readValue(body, ImportJob.class);
	}

}

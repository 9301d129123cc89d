package org.policyledger.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.policyledger.bench.BenchReport.Http;

/**
 * Concurrent clients, each sending one GET after another for a while; any answer but 200
 * counts as an error. With {@code wrk} on the path (Debian's package) it generates the
 * load, since a Java client takes much of the CPU it measures; otherwise Java's own
 * client does.
 */
final class HttpLoad {

	private HttpLoad() {
	}

	/**
	 * wrk's threads; it refuses more threads than connections, so never more than the
	 * clients.
	 */
	private static final int WRK_THREADS = 2;

	/** How many different request paths wrk cycles through. */
	private static final int WRK_PATHS = 20_000;

	private static final Pattern WRK_REQUESTS = Pattern.compile("(\\d+) requests in ([\\d.]+)(\\w+)");

	private static final Pattern WRK_PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([\\d.]+)(us|ms|s)\\s*$",
			Pattern.MULTILINE);

	private static final Pattern WRK_ERRORS = Pattern.compile(
			"Non-2xx or 3xx responses: (\\d+)|Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

	static Http run(int clients, Duration duration, Function<SplittableRandom, URI> nextUri, long seed)
			throws Exception {
		Path wrk = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map(dir -> Path.of(dir, "wrk"))
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
		return wrk != null ? wrk(wrk, clients, duration, nextUri, seed) : javaClient(clients, duration, nextUri, seed);
	}

	private static Http wrk(Path wrk, int clients, Duration duration, Function<SplittableRandom, URI> nextUri,
			long seed) throws IOException, InterruptedException {
		SplittableRandom random = new SplittableRandom(seed);
		List<URI> uris = Stream.generate(() -> nextUri.apply(random)).limit(WRK_PATHS).toList();
		Path script = Files.createTempFile("bench-", ".lua");
		try {
			Files.writeString(script,
					"local paths = {\n"
							+ uris.stream()
								.map(uri -> "  \"" + uri.getRawPath() + "?" + uri.getRawQuery() + "\"")
								.collect(Collectors.joining(",\n"))
							+ "\n}\nlocal next = 0\nrequest = function()\n  next = next % #paths + 1\n"
							+ "  return wrk.format(\"GET\", paths[next])\nend\n");
			URI base = uris.get(0).resolve("/");
			String threads = String.valueOf(Math.min(WRK_THREADS, clients));
			Process process = new ProcessBuilder(wrk.toString(), "--latency", "-t", threads, "-c",
					String.valueOf(clients), "-d", duration.toSeconds() + "s", "-s", script.toString(), base.toString())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new IOException("wrk failed: " + output);
			}
			return parseWrk(clients, output);
		}
		finally {
			Files.delete(script);
		}
	}

	static Http parseWrk(int clients, String output) throws IOException {
		Matcher requests = WRK_REQUESTS.matcher(output);
		if (!requests.find()) {
			throw new IOException("no request count in wrk's output: " + output);
		}
		long count = Long.parseLong(requests.group(1));
		double seconds = Double.parseDouble(requests.group(2)) * unitSeconds(requests.group(3));
		double[] percentiles = new double[2];
		Matcher percentile = WRK_PERCENTILE.matcher(output);
		while (percentile.find()) {
			percentiles[percentile.group(1).equals("50") ? 0 : 1] = Double.parseDouble(percentile.group(2))
					* unitSeconds(percentile.group(3)) * 1_000;
		}
		long errors = 0;
		Matcher error = WRK_ERRORS.matcher(output);
		while (error.find()) {
			for (int group = 1; group <= error.groupCount(); group++) {
				errors += error.group(group) == null ? 0 : Long.parseLong(error.group(group));
			}
		}
		return new Http(clients, "wrk", new Latency(count, count / seconds, percentiles[0], percentiles[1]), errors);
	}

	private static double unitSeconds(String unit) {
		return switch (unit) {
			case "us" -> 1e-6;
			case "ms" -> 1e-3;
			case "m" -> 60;
			case "h" -> 3_600;
			default -> 1;
		};
	}

	private static Http javaClient(int clients, Duration duration, Function<SplittableRandom, URI> nextUri, long seed)
			throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		AtomicLong errors = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			long started = System.nanoTime();
			long deadline = started + duration.toNanos();
			List<Future<long[]>> samples = new ArrayList<>();
			for (int client = 0; client < clients; client++) {
				SplittableRandom random = new SplittableRandom(seed + client);
				samples.add(pool.submit(() -> {
					LongStream.Builder nanos = LongStream.builder();
					while (System.nanoTime() < deadline) {
						HttpRequest request = HttpRequest.newBuilder(nextUri.apply(random)).GET().build();
						long sent = System.nanoTime();
						HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
						nanos.add(System.nanoTime() - sent);
					}
					return nanos.build().toArray();
				}));
			}
			LongStream.Builder all = LongStream.builder();
			for (Future<long[]> sample : samples) {
				for (long nanos : sample.get()) {
					all.add(nanos);
				}
			}
			long[] nanos = all.build().toArray();
			return new Http(clients, "java.net.http", Latency.of(nanos, System.nanoTime() - started), errors.get());
		}
		finally {
			pool.shutdownNow();
		}
	}

}

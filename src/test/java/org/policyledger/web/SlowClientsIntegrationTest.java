package org.policyledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients that send a body slowly cannot take the service down: an anonymous one is
 * refused before its body is read, an authenticated one is cut off after the body
 * timeout, and health and reads answer meanwhile.
 */
@LedgerIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SlowClientsIntegrationTest {

	/** More than Tomcat's 200 worker threads. */
	private static final int SLOW_CLIENTS = 250;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@LocalServerPort
	private int port;

	private Socket startSlowPost(String authorization) throws IOException {
		Socket socket = new Socket("localhost", port);
		socket.setSoTimeout(15_000);
		OutputStream out = socket.getOutputStream();
		out.write(("POST /api/facts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
				+ "Content-Length: 5000\r\n\r\n{")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return socket;
	}

	private static String statusLine(Socket socket) throws IOException {
		return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
	}

	private int get(String path) throws IOException, InterruptedException {
		return HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(3))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	@Test
	void refusesAnonymousSlowBodiesAtOnceAndKeepsAnsweringOthers() throws Exception {
		List<Socket> slow = new ArrayList<>();
		try {
			for (int i = 0; i < SLOW_CLIENTS; i++) {
				slow.add(startSlowPost(null));
			}
			assertThat(get("/actuator/health")).isEqualTo(200);
			assertThat(get("/api/actors")).isEqualTo(200);
			for (Socket socket : slow) {
				assertThat(statusLine(socket)).startsWith("HTTP/1.1 401");
			}
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	@Test
	void cutsOffAnEditorsBodyThatTricklesInPastTheTimeout() throws Exception {
		try (Socket socket = startSlowPost("Bearer " + LedgerIntegrationTest.EDITOR_TOKEN)) {
			long started = System.nanoTime();
			Thread trickle = new Thread(() -> {
				try {
					for (int i = 0; i < 20 && !socket.isClosed(); i++) {
						Thread.sleep(1_000);
						socket.getOutputStream().write(' ');
						socket.getOutputStream().flush();
					}
				}
				catch (IOException | InterruptedException ex) {
					// the server closed the connection, as it should
				}
			});
			trickle.start();
			assertThat(statusLine(socket)).startsWith("HTTP/1.1 408");
			trickle.interrupt();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(14));
			assertThat(get("/actuator/health")).isEqualTo(200);
		}
	}

}

package org.policyledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The ledger in a JVM of its own, for tests that kill it with SIGKILL. */
public final class LedgerProcess {

	/** A position to send to a running ledger: its factId and actorId to fill in. */
	public static final String POSITION = """
			{"type": "PositionStated", "factId": "%s", "actorId": "%s", "topicId": "open-source-ai",
			 "stance": "SUPPORTS", "summary": "Backs open models", "validTime": "2025",
			 "sources": [{"source": "csis-2025-10-07-un-global-dialogue", "locator": "a passage"}]}""";

	private LedgerProcess() {
	}

	/** A port nothing listens on now. */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Runs the application with these arguments, its output going to {@code log}. */
	public static Process start(Path log, String... args) throws IOException {
		return command(args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/**
	 * Runs the application with these arguments to its end, its output going to
	 * {@code log}; fails with the command and all it printed unless it exits 0, and
	 * answers that output.
	 */
	public static String succeeds(Path log, String... args) throws IOException, InterruptedException {
		int exit = start(log, args).waitFor();
		String output = Files.readString(log);
		assertThat(exit).as("exit code of %s, which printed:%n%s", String.join(" ", args), output).isZero();
		return output;
	}

	/** The application run with these arguments in a JVM of its own, not started yet. */
	public static ProcessBuilder command(String... args) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"-Daxoniq.update-checker.disabled=true", "-cp", System.getProperty("java.class.path"),
						PolicyLedgerApplication.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command);
	}

}

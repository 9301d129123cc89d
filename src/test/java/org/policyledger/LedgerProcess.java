package org.policyledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The ledger in a JVM of its own, for tests that kill it with SIGKILL. */
public final class LedgerProcess {

	private LedgerProcess() {
	}

	/** Runs the application with these arguments, its output going to {@code log}. */
	public static Process start(Path log, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"-Daxoniq.update-checker.disabled=true", "-cp", System.getProperty("java.class.path"),
						PolicyLedgerApplication.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

}

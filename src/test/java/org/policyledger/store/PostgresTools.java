package org.policyledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * PostgreSQL's client programs (pg_dump, pg_restore) from Debian's postgresql-client, for
 * the database-level backup test: the newest {@code /usr/lib/postgresql/N/bin}, or the
 * directory in the system property {@code postgres.bin}.
 */
final class PostgresTools {

	private final Path bin;

	private PostgresTools(Path bin) {
		this.bin = bin;
	}

	/**
	 * The client programs, or the test skipped with a notice when they are not installed;
	 * with {@code -Dpostgres.tools.required=true} (as CI runs) missing programs fail it
	 * instead.
	 */
	static PostgresTools findOrSkip(String test) throws IOException {
		Path bin = bin();
		boolean installed = bin != null && Files.isExecutable(bin.resolve("pg_dump"))
				&& Files.isExecutable(bin.resolve("pg_restore"));
		String missing = "no pg_dump and pg_restore: the database-level backup test needs"
				+ " apt-get install -y postgresql-client";
		if (Boolean.getBoolean("postgres.tools.required")) {
			assertThat(installed).as(missing).isTrue();
		}
		if (!installed) {
			System.err.println(test + " skipped: " + missing);
		}
		Assumptions.assumeTrue(installed, "skipped: " + missing);
		return new PostgresTools(bin);
	}

	private static Path bin() throws IOException {
		String configured = System.getProperty("postgres.bin");
		if (configured != null) {
			return Path.of(configured);
		}
		Path debian = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(debian)) {
			return null;
		}
		try (Stream<Path> versions = Files.list(debian)) {
			return versions.filter(version -> version.getFileName().toString().matches("\\d+"))
				.max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString())))
				.map(version -> version.resolve("bin"))
				.orElse(null);
		}
	}

	/**
	 * Runs one of the programs to its end; its output goes to the log, a failure fails
	 * the test.
	 */
	void run(String program, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(bin.resolve(program).toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).inheritIO().start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(program + " finished").isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
	}

}

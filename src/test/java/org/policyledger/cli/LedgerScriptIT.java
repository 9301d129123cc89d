package org.policyledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/ledger} on the packaged jar (run by Failsafe, after {@code package}): it
 * makes its class-data archive once per build and starts each command from it. Every
 * command here runs with {@code -Xshare:on}, so a JVM that could not map the archive
 * would refuse to start instead of starting without it.
 */
class LedgerScriptIT {

	private static final Path SCRIPT = Path.of("scripts", "ledger").toAbsolutePath();

	private static final String PREPARING = "preparing";

	private static final String SHARED = "-Xshare:on";

	private static final Path PACKAGED = Path.of(System.getProperty("ledger.jar"));

	@TempDir
	static Path work;

	private static Run first;

	/** What a run of the script printed, and how it ended. */
	private record Run(int exit, String stdout, String stderr) {

		Run succeeded() {
			assertThat(exit).as("exit code; stdout:%n%s%nstderr:%n%s", stdout, stderr).isZero();
			return this;
		}

	}

	@BeforeAll
	static void firstCommandOfABuild() throws Exception {
		first = verify(jar()).succeeded();
	}

	/**
	 * The packaged jar, copied into {@link #work} (again, as a new build would), so that
	 * the archive is made beside it.
	 */
	private static Path jar() throws IOException {
		return Files.copy(PACKAGED, packagedCopy(), StandardCopyOption.REPLACE_EXISTING);
	}

	private static Path archive() {
		return work.resolve("cds/ledger.jsa");
	}

	private static Run run(Path jar, String javaOptions, String... args) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString());
		builder.command().addAll(List.of(args));
		Map<String, String> environment = builder.environment();
		environment.put("LEDGER_JAR", jar.toString());
		environment.put("JAVA_OPTS", javaOptions);
		Path stdout = work.resolve("stdout");
		Path stderr = work.resolve("stderr");
		int exit = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start().waitFor();
		return new Run(exit, Files.readString(stdout), Files.readString(stderr));
	}

	private static Run verify(Path jar) throws IOException, InterruptedException {
		return run(jar, SHARED, "verify", "--quick", "--data-dir", work.resolve("data").toString());
	}

	private static Path packagedCopy() {
		return work.resolve(PACKAGED.getFileName());
	}

	@Test
	void makesTheArchiveOnceAndStartsEachCommandFromIt() throws Exception {
		Run second = verify(packagedCopy()).succeeded();

		assertThat(first.stderr()).contains(PREPARING);
		assertThat(archive()).isNotEmptyFile();
		assertThat(second.stderr()).doesNotContain(PREPARING);
		assertThat(second.stdout()).contains("hash chain intact").doesNotContain("FAILED");
	}

	@Test
	void makesTheArchiveAgainWhenTheJarChanges() throws Exception {
		Path rebuilt = jar();

		Run next = verify(rebuilt).succeeded();

		assertThat(next.stderr()).contains(PREPARING);
		assertThat(Files.getLastModifiedTime(archive())).isGreaterThan(Files.getLastModifiedTime(rebuilt));
	}

	@Test
	void importsWithTheParallelCollectorAndNothingElse() throws Exception {
		Run importing = run(packagedCopy(), SHARED + " -Xlog:gc:stderr", "import", "--help").succeeded();
		Run verifying = run(packagedCopy(), SHARED + " -Xlog:gc:stderr", "verify", "--help").succeeded();

		assertThat(importing.stderr()).contains("Using Parallel");
		assertThat(verifying.stderr()).contains("Using ").doesNotContain("Using Parallel");
	}

	@Test
	void leavesTheCollectorToJavaOptionsThatNameOne() throws Exception {
		Run serial = run(packagedCopy(), SHARED + " -XX:+UseSerialGC -Xlog:gc:stderr", "import", "--help").succeeded();

		assertThat(serial.stderr()).contains("Using Serial");
	}

	@Test
	void refusesInOneLineWithoutTheJar() throws Exception {
		Run missing = run(work.resolve("missing.jar"), "", "--version");

		assertThat(missing.exit()).isEqualTo(2);
		assertThat(missing.stderr().strip()).startsWith("no ").contains("missing.jar").doesNotContain("\n");
	}

}

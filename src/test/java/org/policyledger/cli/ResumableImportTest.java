package org.policyledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyledger.LedgerProcess;
import org.policyledger.TestLedger;
import org.policyledger.interchange.unvotes.UnVotesTestData;

/**
 * An import killed with SIGKILL halfway is finished by running it again: nothing is lost
 * and nothing is recorded twice.
 */
class ResumableImportTest {

	private static final Pattern SUMMARY = Pattern.compile("([\\d,]+) recorded, ([\\d,]+) already recorded");

	@TempDir
	Path work;

	private final String dataDir = TestLedger.freshDataDir().toString();

	private static long number(String text) {
		return Long.parseLong(text.replace(",", ""));
	}

	@Test
	void finishesAKilledImportWithoutLossOrDuplicates() throws Exception {
		Path subset = UnVotesTestData.subset(Files.createDirectory(work.resolve("unvotes")));
		String[] importArgs = { "import", "--data-dir", dataDir, "--batch-size", "500", "--un-votes",
				subset.toString() };

		Path firstLog = work.resolve("first.log");
		Process first = LedgerProcess.start(firstLog, importArgs);
		await().atMost(Duration.ofMinutes(2))
			.until(() -> Files.readString(firstLog).lines().filter(line -> line.startsWith("imported")).count() >= 2);
		first.destroyForcibly().waitFor();
		assertThat(Files.readString(firstLog)).as("killed before it finished").doesNotContain("already recorded");

		Matcher summary = SUMMARY.matcher(LedgerProcess.succeeds(work.resolve("second.log"), importArgs));
		assertThat(summary.find()).isTrue();
		long recorded = number(summary.group(1));
		long alreadyRecorded = number(summary.group(2));
		assertThat(alreadyRecorded).as("entries the killed import had committed").isPositive();
		assertThat(recorded).as("entries left for the second run").isPositive();

		String verify = LedgerProcess.succeeds(work.resolve("verify.log"), "verify", "--data-dir", dataDir);
		assertThat(verify).contains("ok     fact ids claimed").contains("ok     event streams unbroken");
		Matcher events = Pattern.compile("([\\d,]+) events, ([\\d,]+) of them facts").matcher(verify);
		assertThat(events.find()).isTrue();
		assertThat(number(events.group(1))).isEqualTo(recorded + alreadyRecorded);
	}

}

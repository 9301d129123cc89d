package org.policyledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyledger.LedgerProcess;
import org.policyledger.TestLedger;
import org.policyledger.interchange.unvotes.UnVotesTestData;

/**
 * A command killed with SIGKILL while it compacts the H2 file as it closes the ledger
 * leaves the ledger as it was before the compaction.
 */
class KilledCompactionTest {

	private static final Pattern RECORDED = Pattern.compile("([\\d,]+) recorded");

	private static final Pattern CHAINED = Pattern.compile("hash chain intact: ([\\d,]+) events chained");

	@TempDir
	Path work;

	private final Path dataDir = TestLedger.freshDataDir();

	private static long number(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return Long.parseLong(matcher.group(1).replace(",", ""));
	}

	@Test
	void leavesTheLedgerAsItWasWhenKilledWhileItCompacts() throws Exception {
		Path subset = UnVotesTestData.subset(Files.createDirectory(work.resolve("unvotes")));
		long recorded = number(RECORDED, LedgerProcess.succeeds(work.resolve("import.log"), "import", "-q",
				"--data-dir", dataDir.toString(), "--un-votes", subset.toString()));

		Path copy = dataDir.resolve("ledger.mv.db.tempFile");
		Process replay = LedgerProcess.start(work.resolve("replay.log"), "replay", "-q", "--data-dir",
				dataDir.toString(), "-P", "ledger.h2.compact.min-size=0", "-P", "ledger.h2.compact.below-live=100");
		while (replay.isAlive() && !Files.exists(copy)) {
			Thread.sleep(1);
		}
		boolean writingTheCopy = Files.exists(copy);
		replay.destroyForcibly().waitFor();
		assertThat(writingTheCopy).as("killed while H2 wrote the compacted copy").isTrue();
		assertThat(Files.readString(work.resolve("replay.log"))).contains("replayed").doesNotContain("compacted");

		String verify = LedgerProcess.succeeds(work.resolve("verify.log"), "verify", "--data-dir", dataDir.toString());
		assertThat(number(CHAINED, verify)).isEqualTo(recorded);
		assertThat(verify).doesNotContain("FAILED");
		assertThat(copy).doesNotExist();
	}

}

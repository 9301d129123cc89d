package org.policyledger.cli;

import org.policyledger.access.Tokens;
import org.policyledger.store.BulkWrites;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyledger.TestLedger;
import org.policyledger.interchange.unvotes.UnVotesReader;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/** The command line, run in this JVM: exit codes, messages, and each command's answer. */
class CommandLineTest {

	private static final String SEED = "src/main/resources/seed/ledger-seed.json";

	@TempDir
	Path files;

	private final String dataDir = TestLedger.freshDataDir().toString();

	/** What a command printed and its exit code. */
	record Run(int exitCode, String out, String err) {
	}

	static {
		spendTheNoAppenderWarning();
	}

	/**
	 * Runs a command as its own process would. Logback's statuses from before it are
	 * cleared first: the status listener Spring Boot starts with a context's logging
	 * prints those of the last 300 ms again, into the command's stderr.
	 */
	static Run run(String... args) {
		((LoggerContext) LoggerFactory.getILoggerFactory()).getStatusManager().clear();
		return printed(() -> LedgerCli.run(args));
	}

	/** What this JVM printed while the action ran, and the action's exit code. */
	private static Run printed(IntSupplier action) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
			int exitCode = action.getAsInt();
			return new Run(exitCode, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	/**
	 * Logback warns once per JVM that a logger has no appenders. Here only another
	 * context's thread (a Spring test context the JVM keeps) can meet none, logging while
	 * a command's context resets Logback to configure it; Spring Boot's status listener
	 * would print that warning into the command's captured stderr. It is spent here, on a
	 * logger with no appenders, and what it prints is dropped.
	 */
	private static void spendTheNoAppenderWarning() {
		Logger detached = ((LoggerContext) LoggerFactory.getILoggerFactory())
			.getLogger(CommandLineTest.class.getName() + ".detached");
		detached.setAdditive(false);
		detached.setLevel(Level.ERROR);
		printed(() -> {
			detached.error("spends Logback's warning that a logger has no appenders");
			return 0;
		});
	}

	@Test
	void aLoggerWithNoAppendersPrintsNothingWhileACommandRuns() {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		OnConsoleStatusListener statuses = new OnConsoleStatusListener();
		statuses.setContext(logging);
		statuses.start();
		logging.getStatusManager().add(statuses);
		Logger another = logging.getLogger(CommandLineTest.class.getName() + ".another");
		another.setAdditive(false);
		try {
			Run logged = printed(() -> {
				another.error("logged by another context's thread while a command's context starts");
				return 0;
			});
			assertThat(logged.out() + logged.err()).isEmpty();
		}
		finally {
			logging.getStatusManager().remove(statuses);
			statuses.stop();
		}
	}

	@Test
	void printsHelpForEveryCommand() {
		assertThat(run("--help").out()).contains("import", "export", "replay", "stance", "history", "verify");
		assertThat(run("import", "--help").exitCode()).isZero();
	}

	@Test
	void givesTheServiceTheDataDirectoryAsTheCommandsTakeIt() {
		assertThat(LedgerCli.serviceArguments(new String[] { "--data-dir", "/srv/ledger", "--server.port=0" }))
			.containsExactly("--ledger.data-dir=/srv/ledger", "--server.port=0");
		assertThat(LedgerCli.serviceArguments(new String[] { "--data-dir=/srv/ledger" }))
			.containsExactly("--ledger.data-dir=/srv/ledger");
	}

	@Test
	void givesTheServiceARelativeDataDirectoryAsAnAbsolutePathWhichH2Requires() {
		assertThat(LedgerCli.serviceArguments(new String[] { "--data-dir", "data" }))
			.containsExactly("--ledger.data-dir=" + Path.of("data").toAbsolutePath());
	}

	@Test
	void takesSpringPropertiesAfterTheCommand() {
		Run run = run("digest", "--data-dir", dataDir, "-P", "ledger.cache.actors=10");
		assertThat(run.exitCode()).as(run.err()).isZero();
	}

	@Test
	void letsAPropertyReplaceTheCommandsOwnSettingOfIt() {
		Run run = run("digest", "--data-dir", dataDir, "-P", "logging.level.root=WARN");
		assertThat(run.exitCode()).as(run.err()).isZero();
	}

	@Test
	void refusesTheDataDirectoryAsAProperty() {
		Run run = run("digest", "--data-dir", dataDir, "-P", "ledger.data-dir=" + files);
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err().strip()).isEqualTo("error: -P ledger.data-dir: choose the data directory with --data-dir");
	}

	@Test
	void refusesABatchSizeSettingBelowOneBeforeTheLedgerStarts() {
		Run run = run("import", "-q", "--data-dir", dataDir, "-P", "ledger.import.batch-size=0", SEED);
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err().strip()).isEqualTo("error: ledger.import.batch-size: must be greater than or equal to 1");
	}

	@Test
	void takesTheDataDirectoryBeforeTheCommand() {
		assertThat(LedgerCli.handles(new String[] { "--data-dir", dataDir, "import", "file.ndjson" })).isTrue();
		assertThat(LedgerCli.handles(new String[] { "--server.port=8081" })).isFalse();
	}

	@Test
	void takesADataDirectoryGivenAsABareRelativePath() {
		Path bare = Path.of("").toAbsolutePath().relativize(TestLedger.freshDataDir());
		assertThat(bare.toString()).startsWith("target");
		Run run = run("digest", "--data-dir", bare.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
	}

	@Test
	void listsNoDeadLettersOnAHealthyLedger() {
		Run run = run("dead-letters", "--retry", "-q", "--data-dir", dataDir);
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("\"total\" : 0", "\"letters\" : [ ]");
	}

	@Test
	void refusesADeadLetterLimitBelowOne() {
		Run run = run("dead-letters", "--limit", "0", "--data-dir", dataDir);
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("--limit must be at least 1, not 0");
	}

	@Test
	void exitsWithTwoOnWrongUsage() {
		Run run = run("import");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("Missing required argument");
	}

	@Test
	void refusesAMissingFileInOneLineWithExitThree() {
		Run run = run("import", "--data-dir", dataDir, "no-such-file.ndjson");
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err().strip()).startsWith("error: no such file: no-such-file.ndjson").doesNotContain("\n");
	}

	@Test
	void refusesAMissingUnVotesDirectoryBeforeOpeningTheLedger() {
		Path fresh = TestLedger.freshDataDir();
		Run run = run("import", "--data-dir", fresh.toString(), "--un-votes", files.resolve("unvotes").toString());
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err().strip()).startsWith("error: no such file: " + files.resolve("unvotes"))
			.contains("must hold " + UnVotesReader.VOTES)
			.doesNotContain("\n");
		assertThat(fresh.resolve("ledger.mv.db")).doesNotExist();
	}

	@Test
	void refusesAFileOfUnknownFormatInOneLine() throws Exception {
		Path file = Files.writeString(files.resolve("facts.txt"), "hello");
		Run run = run("import", "--data-dir", dataDir, file.toString());
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err().strip()).contains("cannot tell the format of").doesNotContain("\n");
	}

	@Test
	void importsAnswersExportsAndVerifies() throws Exception {
		Run imported = run("import", "-q", "--data-dir", dataDir, SEED);
		assertThat(imported.exitCode()).isZero();
		assertThat(imported.out()).contains("75 recorded, 0 already recorded, 0 refused");

		Run stance = run("stance", "-q", "--data-dir", dataDir, "USA", "multilateral-ai-governance", "--as-of",
				"2025-10-01");
		assertThat(stance.exitCode()).isZero();
		assertThat(stance.out()).contains("STRONGLY_OPPOSES", "totally reject");

		Run history = run("history", "-q", "--data-dir", dataDir, "USA");
		assertThat(history.out()).contains("usa-2025-09-24-multilateral-ai-governance",
				"shift on multilateral-ai-governance");

		Path export = files.resolve("ledger.json");
		assertThat(run("export", "-q", "--data-dir", dataDir, export.toString()).exitCode()).isZero();
		assertThat(Files.readString(export)).contains("\"format\" : \"policy-ledger/1\"");
		assertThat(run("import", "-q", "--data-dir", dataDir, export.toString()).out())
			.contains("0 recorded, 75 already recorded");

		Run verify = run("verify", "--data-dir", dataDir);
		assertThat(verify.exitCode()).isZero();
		assertThat(verify.out()).contains("ok     fact ids claimed: 36 claims, one per fact",
				"ok     read model complete: 36 facts in the read model, 36 in the event store, 0 events parked",
				"ok     hash chain intact: 75 events chained");

		Run digest = run("digest", "--data-dir", dataDir);
		assertThat(digest.exitCode()).isZero();
		assertThat(digest.out()).contains("\"size\" : 75", "\"rootHash\"");
		Run proof = run("prove", "--data-dir", dataDir, "usa-2020-gpai", "--tree-size", "75");
		assertThat(proof.exitCode()).isZero();
		assertThat(proof.out()).contains("\"factId\" : \"usa-2020-gpai\"", "\"treeSize\" : 75");
		Run beyond = run("prove", "--data-dir", dataDir, "usa-2020-gpai", "--tree-size", "76");
		assertThat(beyond.exitCode()).isEqualTo(3);
		assertThat(beyond.err().strip()).contains("a digest covers 0 to 75 events").doesNotContain("\n");
		assertThat(verify.out()).contains("ok     read model recomputed from the log: 14 tables rebuilt from the log",
				"ok     actor snapshots rebuilt from the log: 0 snapshots");
	}

	@Test
	void importsWithCommitsWrittenInTheBackgroundAndEveryOtherCommandWithEachCommitAtOnce() {
		assertThat(writeDelay(cli -> cli.bulkLedger(JdbcTemplate.class))).contains(BulkWrites.DELAY_MS);
		assertThat(writeDelay(cli -> cli.ledger(JdbcTemplate.class, false))).containsOnly(0);
	}

	/**
	 * The rows H2 lists for its write delay: two once the delay was set, the one in
	 * effect first.
	 */
	private List<Integer> writeDelay(Function<LedgerCli, JdbcTemplate> ledger) {
		LedgerCli cli = new LedgerCli();
		cli.dataDir = dataDir;
		try {
			return ledger.apply(cli)
				.queryForList("select cast(setting_value as int) from information_schema.settings"
						+ " where setting_name = 'WRITE_DELAY'", Integer.class);
		}
		finally {
			cli.close();
		}
	}

	@Test
	void carriesOnWithALedgerWrittenBeforeItsPagesWereCompressed() throws Exception {
		String uncompressed = "spring.datasource.url=jdbc:h2:file:"
				+ Path.of(dataDir).toAbsolutePath().resolve("ledger") + ";WRITE_DELAY=0";
		assertThat(run("import", "-q", "--data-dir", dataDir, "-P", uncompressed, SEED).exitCode()).isZero();

		Path page = Files.writeString(files.resolve("csis.html"), "<html><body><p>Archived later.</p></body></html>");
		Run archived = run("archive", "--data-dir", dataDir, "csis-2025-10-07-un-global-dialogue", page.toString(),
				"--url", "https://www.csis.org/analysis/un-global-dialogue", "--retrieved-at", "2025-10-08");
		assertThat(archived.exitCode()).as(archived.err()).isZero();
		Run verify = run("verify", "--data-dir", dataDir);
		assertThat(verify.exitCode()).as(verify.out()).isZero();
		assertThat(verify.out()).contains("ok     hash chain intact: 76 events chained",
				"ok     read model complete: 36 facts in the read model, 36 in the event store");
	}

	@Test
	void archivesADocumentAndAuditsTheQuotesAgainstIt() throws Exception {
		assertThat(run("import", "-q", "--data-dir", dataDir, SEED).exitCode()).isZero();
		Path page = Files.writeString(files.resolve("csis.html"),
				"<html><body><p>The United States declined nothing.</p></body></html>");
		Run archived = run("archive", "--data-dir", dataDir, "csis-2025-10-07-un-global-dialogue", page.toString(),
				"--url", "https://www.csis.org/analysis/un-global-dialogue", "--retrieved-at", "2025-10-08");
		assertThat(archived.exitCode()).as(archived.err()).isZero();
		assertThat(archived.out()).contains("csis-2025-10-07-un-global-dialogue: archived as version 2");

		Run evidence = run("audit", "evidence", "usa-2025-paris-declaration-declined", "-q", "--data-dir", dataDir);
		assertThat(evidence.exitCode()).as(evidence.err()).isZero();
		assertThat(evidence.out()).contains("secondary): verified", "found in version 1",
				"in the latest version (2): not-found");
		Run changed = run("audit", "changed-sources", "-q", "--data-dir", dataDir);
		assertThat(changed.out()).contains("csis-2025-10-07-un-global-dialogue: 2 versions",
				"usa-2025-paris-declaration-declined citation 1: version 1, verified");
		assertThat(run("audit", "quotes", "-q", "--data-dir", dataDir).out()).contains("0 facts");
	}

	@Test
	void refusesEvidenceWithoutAFactInOneLine() {
		Run run = run("audit", "evidence", "-q", "--data-dir", dataDir);
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err().strip()).isEqualTo("error: audit evidence needs a FACT id");
	}

	@Test
	void refusesAnUnknownAuditViewAsWrongUsage() {
		Run run = run("audit", "everything", "--data-dir", dataDir);
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("everything");
	}

	@Test
	void refusesAnArchiveForAnUnknownSourceInOneLine() throws Exception {

		Path text = Files.writeString(files.resolve("a.txt"), "A text.");
		Run run = run("archive", "--data-dir", dataDir, "no-such-source", text.toString());
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err().strip()).isEqualTo("error: unknown source 'no-such-source'");
	}

	@Test
	void refusesADocumentWhoseTypeItCannotTellInOneLine() throws Exception {
		Path text = Files.writeString(files.resolve("a.doc"), "A text.");
		Run run = run("archive", "--data-dir", dataDir, "csis-2025-10-07-un-global-dialogue", text.toString());
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err().strip()).contains("cannot tell the media type of a.doc").doesNotContain("\n");
	}

	@Test
	void printsAnActorsVotesYearByYear() throws Exception {

		assertThat(run("import", "-q", "--data-dir", dataDir, SEED).exitCode()).isZero();
		String vote = "{\"fact\": {\"type\": \"VoteCast\", \"actorId\": \"USA\", \"instrumentId\": \"%s\","
				+ " \"vote\": \"%s\", \"validTime\": \"%s\", \"sources\": [{\"source\":"
				+ " \"csis-2025-10-07-un-global-dialogue\", \"locator\": \"roll call\"}]}}\n";
		Path votes = Files.writeString(files.resolve("votes.ndjson"), "{\"format\": \"policy-ledger/1\"}\n"
				+ "{\"instrument\": {\"instrumentId\": \"rc-1\", \"kind\": \"RESOLUTION\", \"title\": \"One\"}}\n"
				+ "{\"instrument\": {\"instrumentId\": \"rc-2\", \"kind\": \"RESOLUTION\", \"title\": \"Two\"}}\n"
				+ vote.formatted("rc-1", "YES", "2023-12-01") + vote.formatted("rc-2", "NO", "2024-03-01"));
		assertThat(run("import", "-q", "--data-dir", dataDir, votes.toString()).exitCode()).isZero();
		Run run = run("votes", "-q", "--data-dir", dataDir, "USA");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("2023         1       0       0 1/1", "2024         0       1       0 0/1",
				"2 votes by USA in 2 years, 1 of them yes");
	}

	@Test
	void backsUpAndRestoresIntoAnEmptyLedgerUnderTheSameKey() throws Exception {
		String key = "ledger.integrity.signing-key=" + files.resolve("signing.key");
		assertThat(run("import", "-q", "--data-dir", dataDir, SEED, "-P", key).exitCode()).isZero();
		Path backup = files.resolve("ledger.events.gz");
		Run backedUp = run("backup", "--data-dir", dataDir, backup.toString(), "-P", key);
		assertThat(backedUp.exitCode()).isZero();
		assertThat(backedUp.err()).contains("backed up 75 events");

		String empty = TestLedger.freshDataDir().toString();
		Run restored = run("restore", "--data-dir", empty, backup.toString(), "-P", key);
		assertThat(restored.exitCode()).isZero();
		assertThat(restored.out()).contains("restored 75 events; digest root");
		Run again = run("restore", "--data-dir", empty, backup.toString(), "-P", key);
		assertThat(again.exitCode()).isEqualTo(3);
		assertThat(again.err().strip())
			.isEqualTo("error: restore loads into an empty ledger; this one holds 75 events");
	}

	@Test
	void compactsTheFileOnRequestAndLeavesTheLedgerVerifiable() {
		assertThat(run("import", "-q", "--data-dir", dataDir, SEED).exitCode()).isZero();

		Run compacted = run("compact", "--data-dir", dataDir);
		assertThat(compacted.exitCode()).as(compacted.err()).isZero();
		assertThat(compacted.out().strip()).startsWith("compacted " + Path.of(dataDir).toAbsolutePath())
			.containsPattern(" from [0-9,]+ MB to [0-9,]+ MB in [0-9.]+ s$");

		Run verify = run("verify", "--data-dir", dataDir);
		assertThat(verify.exitCode()).as(verify.out()).isZero();
		assertThat(verify.out()).contains("ok     hash chain intact: 75 events chained");
	}

	@Test
	void compactsAFileLeftMostlyDeadWhenACommandEnds() {
		assertThat(run("import", "-q", "--data-dir", dataDir, SEED).exitCode()).isZero();
		String[] anySize = { "-P", "ledger.h2.compact.min-size=0", "-P", "ledger.h2.compact.below-live=100" };

		Run replayed = run(concat(new String[] { "replay", "-q", "--data-dir", dataDir }, anySize));
		assertThat(replayed.exitCode()).as(replayed.err()).isZero();
		assertThat(replayed.err()).contains("compacted " + Path.of(dataDir).toAbsolutePath());

		Run quiet = run("replay", "-q", "--data-dir", dataDir);
		assertThat(quiet.err()).as("a file under the default 64 MB is left as it is").doesNotContain("compacted");
		Run verify = run("verify", "--data-dir", dataDir);
		assertThat(verify.exitCode()).as(verify.out()).isZero();
	}

	private static String[] concat(String[] first, String[] second) {
		return Stream.concat(Stream.of(first), Stream.of(second)).toArray(String[]::new);
	}

	@Test
	void refusesACompactionSettingOverAHundredPercentBeforeTheLedgerStarts() {
		Run run = run("verify", "--data-dir", dataDir, "-P", "ledger.h2.compact.below-live=101");
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err().strip())
			.isEqualTo("error: ledger.h2.compact.below-live: must be less than or equal to 100");
	}

	@Test
	void makesATokenAndPrintsOnlyItsHashAsConfiguration() {
		Run run = run("token", "--name", "alice", "--role", "EDITOR");
		assertThat(run.exitCode()).isZero();
		String token = run.out().lines().findFirst().orElseThrow().replaceAll(".*: ", "");
		assertThat(token).matches("[0-9a-f]{64}");
		assertThat(run.out()).contains("ledger.security.tokens[0].name=alice", "ledger.security.tokens[0].role=EDITOR",
				"ledger.security.tokens[0].sha256=" + Tokens.sha256Hex(token));
	}

}

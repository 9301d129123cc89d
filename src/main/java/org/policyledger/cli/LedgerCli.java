package org.policyledger.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policyledger.PolicyLedgerApplication;
import org.policyledger.read.ReadModelMaintenance;
import org.policyledger.store.BulkWrites;
import org.policyledger.store.FileCompaction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line. Each command starts the ledger in this process, without the web
 * server and without seeding, on the same data directory as the service; the service must
 * not be running on it at the same time (H2 allows one process per database file).
 */
@Command(name = "policy-ledger", mixinStandardHelpOptions = true, versionProvider = LedgerCli.Version.class,
		description = "The policy-position ledger's command line.",
		subcommands = { ImportCommand.class, ExportCommand.class, ReplayCommand.class, StanceCommand.class,
				HistoryCommand.class, VotesCommand.class, VerifyCommand.class, DeadLettersCommand.class,
				DigestCommand.class, ProveCommand.class, BackupCommand.class, RestoreCommand.class,
				CompactCommand.class, TokenCommand.class, BenchCommand.class, ArchiveCommand.class,
				AuditCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:done", "1:done, but some entries were refused or a check failed", "2:wrong usage",
				"3:failed or refused; nothing more was written" })
public class LedgerCli {

	/** Exit code: done, with refused entries or failed checks to report. */
	static final int PARTLY = 1;

	/** Exit code: the command failed. */
	static final int FAILED = 3;

	private static final String DATA_DIR = "ledger.data-dir";

	@Option(names = "--data-dir", scope = ScopeType.INHERIT,
			description = "The ledger's data directory (default: ${DEFAULT-VALUE}).", defaultValue = "./data")
	String dataDir;

	@Option(names = { "-P", "--property" }, scope = ScopeType.INHERIT,
			description = "A Spring property, e.g. -P spring.profiles.active=postgresql.")
	Map<String, String> properties = new LinkedHashMap<>();

	private ConfigurableApplicationContext context;

	/**
	 * Whether the arguments ask for the command line rather than the service: a command
	 * or a help or version option anywhere, so that {@code --data-dir DIR import ...}
	 * imports instead of starting the service on DIR.
	 */
	public static boolean handles(String[] args) {
		Set<String> commands = new CommandLine(LedgerCli.class).getSubcommands().keySet();
		return Arrays.stream(args)
			.anyMatch(arg -> commands.contains(arg) || Set.of("--help", "-h", "--version", "-V", "help").contains(arg));
	}

	/**
	 * The arguments of the service, which takes the data directory as the commands do
	 * ({@code --data-dir DIR} or {@code --data-dir=DIR}, made
	 * {@code --ledger.data-dir=/absolute/DIR}), and everything else as Spring Boot does.
	 */
	public static String[] serviceArguments(String[] args) {
		List<String> service = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--data-dir") && i + 1 < args.length) {
				service.add(dataDirArgument(args[++i]));
			}
			else if (args[i].startsWith("--data-dir=")) {
				service.add(dataDirArgument(args[i].substring("--data-dir=".length())));
			}
			else {
				service.add(args[i]);
			}
		}
		return service.toArray(String[]::new);
	}

	/**
	 * The data directory as an absolute path: H2 refuses a file path that is implicitly
	 * relative to the working directory ({@code data} rather than {@code ./data}).
	 */
	private static String dataDirArgument(String dataDir) {
		return "--" + DATA_DIR + "=" + Path.of(dataDir).toAbsolutePath();
	}

	public static int run(String... args) {
		LedgerCli cli = new LedgerCli();
		try {
			return new CommandLine(cli).setExecutionExceptionHandler((ex, line, parsed) -> {
				line.getErr().println(line.getColorScheme().errorText("error: " + Errors.describe(ex)));
				return FAILED;
			}).execute(args);
		}
		finally {
			cli.close();
		}
	}

	/**
	 * The ledger, started on first use. With {@code readModel} false the read-model
	 * processor is paused, so that bulk work has the machine to itself; the service
	 * catches up when it next starts.
	 */
	<T> T ledger(Class<T> type, boolean readModel) {
		return ledger(type, readModel, new String[0]);
	}

	/**
	 * The ledger for an import: the read models paused, and commits that return before
	 * they are on the disk, synced when the import reports ({@link BulkWrites}).
	 */
	<T> T bulkLedger(Class<T> type) {
		return ledger(type, false, BulkWrites.arguments());
	}

	private <T> T ledger(Class<T> type, boolean readModel, String... more) {
		if (context == null) {
			context = start(dataDir, WebApplicationType.NONE, more);
			if (!readModel) {
				context.getBean(ReadModelMaintenance.class).pause();
			}
		}
		return context.getBean(type);
	}

	/**
	 * Starts the ledger on a data directory (made absolute: H2 refuses a bare relative
	 * path), unseeded and quiet, with the -P properties. A -P property replaces the
	 * command's own setting of it (Spring would join the two values with a comma); the
	 * data directory is chosen by {@code --data-dir} alone.
	 */
	ConfigurableApplicationContext start(String dataDir, WebApplicationType web, String... more) {
		if (properties.containsKey(DATA_DIR)) {
			throw new IllegalArgumentException("-P " + DATA_DIR + ": choose the data directory with --data-dir");
		}
		Map<String, String> settings = new LinkedHashMap<>();
		List.of(dataDirArgument(dataDir), "--ledger.seed.enabled=false", "--spring.main.log-startup-info=false",
				"--logging.level.root=ERROR")
			.forEach(argument -> put(settings, argument));
		List.of(more).forEach(argument -> put(settings, argument));
		settings.putAll(properties);
		return new SpringApplicationBuilder(PolicyLedgerApplication.class).web(web)
			.bannerMode(Banner.Mode.OFF)
			.run(settings.entrySet()
				.stream()
				.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
				.toArray(String[]::new));
	}

	/** Puts a {@code --key=value} argument as its key and value. */
	private static void put(Map<String, String> settings, String argument) {
		int equals = argument.indexOf('=');
		settings.put(argument.substring(2, equals), argument.substring(equals + 1));
	}

	/** Prints a value as indented JSON, the way every command's JSON output looks. */
	void printJson(Object value, boolean readModel) throws JsonProcessingException {
		System.out
			.println(ledger(ObjectMapper.class, readModel).writerWithDefaultPrettyPrinter().writeValueAsString(value));
	}

	/**
	 * Closes the ledger, then compacts its H2 file if the command left it mostly dead
	 * ({@link FileCompaction#ifSparse()}). A file that could not be compacted is left as
	 * it was, with a note: the command's own work is done.
	 */
	void close() {
		FileCompaction compaction = closeLedger();
		if (compaction == null) {
			return;
		}
		try {
			compaction.ifSparse().ifPresent(outcome -> System.err.println(outcome.describe()));
		}
		catch (SQLException ex) {
			System.err.println("note: the database file was not compacted: " + Errors.describe(ex));
		}
	}

	/** Closes the ledger if it was started, and gives its file's compaction. */
	FileCompaction closeLedger() {
		if (context == null) {
			return null;
		}
		FileCompaction compaction = context.getBean(FileCompaction.class);
		context.close();
		context = null;
		return compaction;
	}

	/** The version from the jar's manifest. */
	static class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = LedgerCli.class.getPackage().getImplementationVersion();
			return new String[] { "policy-ledger " + (version == null ? "(development build)" : version) };
		}

	}

}

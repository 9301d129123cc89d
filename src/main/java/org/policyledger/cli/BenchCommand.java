package org.policyledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.policyledger.bench.BenchReport;
import org.policyledger.bench.BenchTable;
import org.policyledger.bench.Benchmark;
import org.policyledger.bench.PostgresServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

@Command(name = "bench", mixinStandardHelpOptions = true,
		description = {
				"Grows a synthetic ledger to each size and measures bulk import against raw JDBC batches,"
						+ " single appends, read-model catch-up, point-in-time queries, HTTP reads, disk and heap;"
						+ " then replay against a raw read, and the UN votes import. Prints a table and writes JSON.",
				"Runs on H2, then with --postgres on a PostgreSQL server too, and reports the two side by side.",
				"Works in its own directory (--work-dir), never on --data-dir; see docs/performance.md." })
class BenchCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Spec
	CommandSpec spec;

	@Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000", paramLabel = "N,...",
			description = "Ledger sizes in facts, growing. Default: ${DEFAULT-VALUE}.")
	List<Long> sizes;

	@Option(names = "--appends", defaultValue = "1000", paramLabel = "N",
			description = "Single facts appended at each size. Default: ${DEFAULT-VALUE}.")
	int appends;

	@Option(names = "--queries", defaultValue = "2000", paramLabel = "N",
			description = "Queries of each kind timed at each size. Default: ${DEFAULT-VALUE}.")
	int queries;

	@Option(names = "--http-clients", defaultValue = "16", paramLabel = "N",
			description = "Concurrent HTTP clients. Default: ${DEFAULT-VALUE}.")
	int httpClients;

	@Option(names = "--http-seconds", defaultValue = "10", paramLabel = "S",
			description = "How long the HTTP load runs at each size. Default: ${DEFAULT-VALUE}.")
	int httpSeconds;

	@Option(names = "--unvotes", paramLabel = "DIR",
			description = "The UN votes dataset's directory, to time its import too (e.g. ../shared/data/unvotes).")
	Path unVotes;

	@Option(names = "--postgres", paramLabel = "JDBC_URL",
			description = "A PostgreSQL server to run on as well, by the URL of any database on it"
					+ " (jdbc:postgresql://HOST:PORT/DATABASE); the benchmark drops and creates its own"
					+ " databases there (bench_synthetic, bench_unvotes). scripts/postgres starts one.")
	String postgres;

	@Option(names = "--postgres-user", defaultValue = "ledger", paramLabel = "USER",
			description = "The PostgreSQL user, allowed to create databases. Default: ${DEFAULT-VALUE}.")
	String postgresUser;

	@Option(names = "--work-dir", defaultValue = "target/bench", paramLabel = "DIR",
			description = "Where the benchmark's ledgers are made, emptied first. Default: ${DEFAULT-VALUE}.")
	Path workDir;

	@Option(names = "--out", paramLabel = "FILE", description = "The JSON report. Default: WORK_DIR/report.json.")
	Path out;

	@Option(names = "--seed", defaultValue = "1946",
			description = "The synthetic ledger's seed. Default: ${DEFAULT-VALUE}.")
	long seed;

	@Override
	public Integer call() throws Exception {
		if (sizes.isEmpty() || sizes.get(0) < 1 || !sizes.equals(sizes.stream().sorted().distinct().toList())) {
			throw new ParameterException(spec.commandLine(),
					"--sizes must be positive and growing, e.g. 10000,100000,1000000");
		}
		if (appends < 1 || queries < 4 || httpClients < 1 || httpSeconds < 1) {
			throw new IllegalArgumentException(
					"--appends, --http-clients and --http-seconds must be at least 1," + " --queries at least 4");
		}
		if (unVotes != null && !Files.isDirectory(unVotes)) {
			throw new ParameterException(spec.commandLine(), "no UN votes dataset at " + unVotes);
		}
		List<Benchmark.Store> stores = new ArrayList<>();
		stores.add(new Benchmark.Store("h2", (ledger, dataDir, arguments) -> service(dataDir, arguments)));
		if (postgres != null) {
			PostgresServer server = postgresServer();
			stores.add(new Benchmark.Store("postgresql",
					(ledger, dataDir, arguments) -> service(dataDir, arguments, "--spring.profiles.active=postgresql",
							"--spring.datasource.url=" + server.freshDatabase(ledger),
							"--spring.datasource.username=" + server.user())));
		}
		Benchmark.Settings settings = new Benchmark.Settings(sizes, appends, queries, httpClients,
				Duration.ofSeconds(httpSeconds), unVotes, seed);
		BenchReport report = new Benchmark(settings, stores, workDir, System.err).run();
		Path json = out != null ? out : workDir.resolve("report.json");
		new ObjectMapper().registerModule(new JavaTimeModule())
			.enable(SerializationFeature.INDENT_OUTPUT)
			.writeValue(json.toFile(), report);
		System.out.print(BenchTable.of(report));
		System.out.println("\nJSON report: " + json);
		return 0;
	}

	/**
	 * The server of --postgres, checked before anything runs. A -P property that chooses
	 * the database would apply to every ledger the bench starts, the PostgreSQL ones too.
	 */
	private PostgresServer postgresServer() throws SQLException {
		cli.properties.keySet()
			.stream()
			.filter(key -> key.startsWith("spring.datasource.") || key.equals("spring.profiles.active"))
			.findFirst()
			.ifPresent(key -> {
				throw new ParameterException(spec.commandLine(), "--postgres: -P " + key
						+ " would apply to the PostgreSQL ledgers as well as to H2's; leave it out");
			});
		PostgresServer server;
		try {
			server = new PostgresServer(postgres, postgresUser);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(spec.commandLine(), "--postgres: " + ex.getMessage());
		}
		server.requireDatabasesAllowed();
		return server;
	}

	/** A ledger service with its web server on a free port. */
	private ConfigurableApplicationContext service(Path dataDir, String[] arguments, String... database) {
		return cli.start(dataDir.toString(), WebApplicationType.SERVLET,
				Stream.of(Stream.of("--server.port=0"), Stream.of(database), Stream.of(arguments))
					.flatMap(s -> s)
					.toArray(String[]::new));
	}

}

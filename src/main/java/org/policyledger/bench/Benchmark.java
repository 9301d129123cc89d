package org.policyledger.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.policyledger.api.ActorId;
import org.policyledger.api.Citation;
import org.policyledger.api.PartialDate;
import org.policyledger.api.Recorder;
import org.policyledger.api.Stance;
import org.policyledger.api.StatePosition;
import org.policyledger.api.TopicId;
import org.policyledger.api.query.StanceAnswer;
import org.policyledger.api.query.StanceQuery;
import org.policyledger.api.query.StanceReport;
import org.policyledger.api.query.TopicStancesQuery;
import org.policyledger.bench.BenchReport.AfterRun;
import org.policyledger.bench.BenchReport.Database;
import org.policyledger.bench.BenchReport.Http;
import org.policyledger.bench.BenchReport.Replay;
import org.policyledger.bench.BenchReport.Step;
import org.policyledger.bench.BenchReport.Throughput;
import org.policyledger.bench.BenchReport.Versus;
import org.policyledger.interchange.ImportReport;
import org.policyledger.interchange.Importer;
import org.policyledger.interchange.ProgressListener;
import org.policyledger.interchange.unvotes.UnVotesReader;
import org.policyledger.store.BulkWrites;
import org.policyledger.store.FileCompaction;
import org.policyledger.store.ReadModelStatistics;
import org.policyledger.ledger.Ledger;
import org.policyledger.read.ReadModelMaintenance;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * One benchmark run, the same on each database in turn: imports the UN votes into a
 * ledger of their own first, as a researcher's first import meets the database, not while
 * it still writes out a large ledger; then grows a synthetic ledger to each size and
 * measures it there, then times the raw write of each size's rows, then rebuilds its read
 * models. Each ledger is a service with its web server, started on an empty database and
 * a fresh data directory by its store's {@link Start}; the UN votes' as the
 * {@code import} command starts its ledger ({@link BulkWrites}). The synthetic ledger's
 * imports store each batch while they decide the next, as that command's do, with commits
 * as durable as the service's.
 */
public final class Benchmark {

	private static final Recorder RECORDER = Recorder.commandLine("bench");

	private static final Duration CATCH_UP_LIMIT = Duration.ofHours(1);

	/**
	 * The synthetic ledger's imports are stored behind their decisions: nothing else
	 * writes while they run.
	 */
	private static final String[] STORED_BEHIND = { "--" + BulkWrites.WRITE_BEHIND + "=true" };

	/** What to run. */
	public record Settings(List<Long> sizes, int appends, int queries, int httpClients, Duration httpDuration,
			Path unVotes, long seed) {

	}

	private final Settings settings;

	private final List<Store> stores;

	private final Path workDir;

	private final PrintStream log;

	/**
	 * A database to run on: {@code name} is its directory in the work directory, where
	 * its ledgers' data directories are made.
	 */
	public record Store(String name, Start start) {

	}

	/**
	 * Starts a ledger service for the ledger named {@code ledger} on a data directory and
	 * a database that hold nothing else, with more Spring arguments.
	 */
	@FunctionalInterface
	public interface Start {

		ConfigurableApplicationContext start(String ledger, Path dataDir, String... arguments) throws Exception;

	}

	public Benchmark(Settings settings, List<Store> stores, Path workDir, PrintStream log) {
		this.settings = settings;
		this.stores = List.copyOf(stores);
		this.workDir = workDir;
		this.log = log;
	}

	public BenchReport run() throws Exception {
		List<Database> databases = new ArrayList<>();
		for (Store store : stores) {
			databases.add(run(store));
		}
		return new BenchReport(machine(), settings.seed(), databases);
	}

	private Database run(Store store) throws Exception {
		SyntheticLedger synthetic = new SyntheticLedger(settings.seed());
		List<Step> steps = new ArrayList<>();
		RawStore.Product product;
		Throughput registrations;
		Replay replay;
		Closed closed;
		Throughput unVotes = settings.unVotes() == null ? null : unVotes(store);
		try (ConfigurableApplicationContext context = start(store, "synthetic", STORED_BEHIND)) {
			Parts parts = new Parts(context);
			product = parts.raw().product();
			log.printf("on %s %s: registering 200 actors, 50 topics, 2,000 sources and 5,000 instruments%n",
					product.name(), product.version());
			registrations = importAll(parts, synthetic::registrations);
			long facts = 0;
			List<Grown> grown = new ArrayList<>();
			for (long size : settings.sizes()) {
				log.printf("growing the ledger from %,d to %,d facts%n", facts, size);
				long from = facts;
				grown.add(step(parts, size, () -> synthetic.facts(from, size)));
				facts = size;
			}
			for (Grown step : grown) {
				steps.add(step.beside(parts.raw()));
			}
			log.println("rebuilding every read model from the event store");
			replay = replay(parts);
			closed = new Closed(parts.raw().count(), context.getBean(FileCompaction.class), parts.dataDir(),
					parts.raw().databaseBytes());
		}
		AfterRun afterRun = closed.afterRun();
		return new Database(product.name(), product.version(), registrations, steps, replay, afterRun, unVotes,
				Targets.check(product.name(), steps, replay, afterRun, unVotes));
	}

	/** What the disk is measured by once the ledger is closed. */
	private record Closed(long events, FileCompaction compaction, Path dataDir, long databaseBytes) {

		/** On H2, compacts the closed file first, as the {@code compact} command does. */
		AfterRun afterRun() throws IOException, SQLException {
			Double seconds = compaction.supported() ? compaction.compact().took().toNanos() / 1e9 : null;
			long disk = size(dataDir) + databaseBytes;
			return new AfterRun(events, disk, (double) disk / events, seconds);
		}

	}

	/**
	 * Starts a ledger on an empty database of the store's, refusing one that holds
	 * events.
	 */
	private ConfigurableApplicationContext start(Store store, String ledger, String... arguments) throws Exception {
		ConfigurableApplicationContext context = store.start()
			.start(ledger, emptyDir(workDir.resolve(store.name()).resolve(ledger)), arguments);
		try {
			long events = new Parts(context).raw().count();
			if (events > 0) {
				throw new IllegalStateException("the benchmark needs an empty database; this one holds " + events
						+ " events (on PostgreSQL, give it a server with --postgres)");
			}
			return context;
		}
		catch (Exception ex) {
			context.close();
			throw ex;
		}
	}

	/** The beans a run uses. */
	private record Parts(ConfigurableApplicationContext context, Importer importer, Ledger ledger,
			ReadModelMaintenance readModel, ReadModelStatistics statistics, QueryGateway queries, RawStore raw,
			Path dataDir, int port) {

		Parts(ConfigurableApplicationContext context) {
			this(context, context.getBean(Importer.class), context.getBean(Ledger.class),
					context.getBean(ReadModelMaintenance.class), context.getBean(ReadModelStatistics.class),
					context.getBean(QueryGateway.class), new RawStore(context.getBean(DataSource.class)),
					Path.of(context.getEnvironment().getRequiredProperty("ledger.data-dir")),
					context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
		}

	}

	/**
	 * A step measured but for the raw write of the events it imported, which is timed
	 * once every step is done: its scratch tables, dropped at once, would leave their
	 * pages in H2's open file, in the disk the steps measure.
	 */
	@FunctionalInterface
	private interface Grown {

		Step beside(RawStore raw) throws SQLException;

	}

	private Grown step(Parts parts, long size, Importer.Input facts) throws Exception {
		long headBefore = parts.readModel().head();
		long chainBefore = parts.raw().chainHead();
		Throughput imported = importAll(parts, facts);
		long head = parts.readModel().head();
		log.printf("  imported at %,.0f facts/s; read models catching up%n", imported.perSecond());
		Throughput catchUp = catchUp(parts, head - headBefore, parts.readModel()::resume);
		// what the service does within seconds of a large catch-up, done before the
		// appends so that it does not land among them
		parts.statistics().refreshIfStale();
		SplittableRandom appended = new SplittableRandom(settings.seed() + size);
		Latency append = appends(parts, appended);
		parts.readModel().pause();
		Latency appendAlone = appends(parts, appended);
		parts.readModel().resume();
		log.printf("  single append p99 %.2f ms, %.2f ms with the read models paused; timing queries%n", append.p99Ms(),
				appendAlone.p99Ms());
		awaitCaughtUp(parts);
		Map<String, Latency> queries = queries(parts);
		log.printf("  stance p99 %.2f ms; HTTP reads for %ss%n", queries.get("stance").p99Ms(),
				settings.httpDuration().toSeconds());
		Http http = http(parts);
		long events = parts.raw().count();
		long disk = size(parts.dataDir()) + parts.raw().databaseBytes();
		long heap = heapAfterGc();
		return raw -> {
			log.printf("writing the %,d-fact step's rows by raw JDBC batches%n", size);
			Throughput eventRows = raw.insertEvents(headBefore, head);
			Versus bulkImport = Versus.of(imported, raw.insertEventsAndLinks(headBefore, head, chainBefore));
			log.printf("  raw JDBC %,.0f events/s with their links, %,.0f event rows alone%n",
					bulkImport.raw().perSecond(), eventRows.perSecond());
			return new Step(size, events, bulkImport, eventRows, catchUp, append, appendAlone, queries, http, disk,
					(double) disk / events, heap);
		};
	}

	/** Imports with the read models paused, as the command line does. */
	private Throughput importAll(Parts parts, Importer.Input input) throws IOException {
		parts.readModel().pause();
		ImportReport report = parts.importer()
			.run(input, parts.importer().options(false, RECORDER), ProgressListener.NONE);
		if (report.rejectedCount() > 0) {
			throw new IllegalStateException("the synthetic ledger was refused: " + report.rejected());
		}
		return Throughput.of(report.recorded(), report.elapsed().toNanos());
	}

	private Throughput catchUp(Parts parts, long events, Runnable begin) {
		long started = System.nanoTime();
		begin.run();
		awaitCaughtUp(parts);
		return Throughput.of(events, System.nanoTime() - started);
	}

	private static void awaitCaughtUp(Parts parts) {
		long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
		while (!parts.readModel().isCaughtUp()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the read models did not catch up within " + CATCH_UP_LIMIT);
			}
			pause(Duration.ofMillis(20));
		}
	}

	/**
	 * Single facts through the command bus, one after another, as the write API sends
	 * them, drawn from {@code random}.
	 */
	private Latency appends(Parts parts, SplittableRandom random) {
		long[] nanos = new long[settings.appends()];
		long started = System.nanoTime();
		for (int i = 0; i < nanos.length; i++) {
			StatePosition position = new StatePosition(null, randomActor(random), randomTopic(random),
					Stance.values()[random.nextInt(Stance.values().length)], "A single appended position", null, null,
					null, PartialDate.ofDay(randomDay(random)),
					List.of(new Citation(SyntheticLedger.source(random.nextInt(SyntheticLedger.SOURCES)), "p. 1")));
			long sent = System.nanoTime();
			parts.ledger().record(position, RECORDER);
			nanos[i] = System.nanoTime() - sent;
		}
		return Latency.of(nanos, System.nanoTime() - started);
	}

	/** Point-in-time queries in this process, through the query bus. */
	private Map<String, Latency> queries(Parts parts) {
		SplittableRandom random = new SplittableRandom(settings.seed());
		Instant now = Instant.now();
		Instant firstRecorded = now.minus(Duration.ofHours(1));
		Map<String, Callable<Object>> kinds = new LinkedHashMap<>();
		kinds.put("stance",
				() -> parts.queries()
					.query(new StanceQuery(randomActor(random), randomTopic(random), randomDay(random), now),
							ResponseTypes.instanceOf(StanceAnswer.class))
					.join());
		kinds.put("topicAllActors",
				() -> parts.queries()
					.query(new TopicStancesQuery(randomTopic(random), List.of(), randomDay(random), now),
							ResponseTypes.instanceOf(StanceReport.class))
					.join());
		kinds.put("stanceKnownAt",
				() -> parts.queries()
					.query(new StanceQuery(randomActor(random), randomTopic(random), randomDay(random),
							firstRecorded.plusMillis(random.nextLong(Duration.between(firstRecorded, now).toMillis()))),
							ResponseTypes.instanceOf(StanceAnswer.class))
					.join());
		Map<String, Latency> latencies = new LinkedHashMap<>();
		kinds.forEach((name, query) -> {
			time(query, settings.queries() / 4);
			latencies.put(name, time(query, settings.queries()));
		});
		return latencies;
	}

	private static Latency time(Callable<Object> call, int count) {
		long[] nanos = new long[count];
		long started = System.nanoTime();
		try {
			for (int i = 0; i < count; i++) {
				long sent = System.nanoTime();
				call.call();
				nanos[i] = System.nanoTime() - sent;
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("a benchmarked query failed", ex);
		}
		return Latency.of(nanos, System.nanoTime() - started);
	}

	private Http http(Parts parts) throws Exception {
		String base = "http://localhost:" + parts.port() + "/api/actors/";
		return HttpLoad.run(settings.httpClients(), settings.httpDuration(),
				random -> URI.create(base + randomActor(random).value() + "/stances/" + randomTopic(random).value()
						+ "?asOf=" + randomDay(random)),
				settings.seed());
	}

	private Replay replay(Parts parts) throws Exception {
		long events = parts.raw().count();
		Throughput rebuild = catchUp(parts, events, parts.readModel()::rebuild);
		log.printf("  rebuilt at %,.0f events/s; reading the event table raw%n", rebuild.perSecond());
		Throughput rawRead = parts.raw().readAll();
		log.printf("  raw read %,.0f rows/s; writing the read models' fact rows by raw JDBC batches%n",
				rawRead.perSecond());
		return new Replay(events, Versus.of(rebuild, rawRead), parts.raw().rewriteReadModel());
	}

	private Throughput unVotes(Store store) throws Exception {
		log.printf("on %s: importing the UN General Assembly votes into a ledger of their own%n", store.name());
		try (ConfigurableApplicationContext context = start(store, "unvotes", BulkWrites.arguments())) {
			return importAll(new Parts(context), UnVotesReader.input(settings.unVotes()));
		}
	}

	private static ActorId randomActor(SplittableRandom random) {
		return SyntheticLedger.actor(random.nextInt(SyntheticLedger.ACTORS));
	}

	private static TopicId randomTopic(SplittableRandom random) {
		return SyntheticLedger.topic(random.nextInt(SyntheticLedger.TOPICS));
	}

	private static LocalDate randomDay(SplittableRandom random) {
		return LocalDate.of(1946, 1, 1).plusDays(random.nextInt(80 * 365));
	}

	private static Path emptyDir(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> paths = Files.walk(dir)) {
				for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
					Files.delete(path);
				}
			}
		}
		return Files.createDirectories(dir);
	}

	private static long size(Path dir) throws IOException {
		try (Stream<Path> paths = Files.walk(dir)) {
			return paths.filter(Files::isRegularFile).mapToLong(path -> {
				try {
					return Files.size(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).sum();
		}
	}

	private static long heapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static BenchReport.Machine machine() {
		return new BenchReport.Machine(System.getProperty("os.name") + " " + System.getProperty("os.arch"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}

package org.policyledger;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.policyledger.read.ReadModelMaintenance;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole ledger that a test starts in the test's JVM: on a data directory no other
 * ledger uses unless given one, without a web server unless asked to serve, with the
 * test's own configurations beside the application's. Arguments are Spring properties, as
 * {@code --name=value}.
 *
 * @param dataDir where the ledger keeps its H2 database, keys and archives
 * @param web whether it serves HTTP, on a random port
 * @param configurations test configurations added to the application's
 * @param storeProperties the properties that choose its store, before those given to
 * {@link #start}; none for H2 in the data directory
 */
public record TestLedger(Path dataDir, WebApplicationType web, List<Class<?>> configurations,
		List<String> storeProperties) {

	/** A ledger on a fresh data directory, without a web server. */
	public static TestLedger fresh() {
		return on(freshDataDir());
	}

	/** A ledger on the given data directory, without a web server. */
	public static TestLedger on(Path dataDir) {
		return new TestLedger(dataDir, WebApplicationType.NONE, List.of(), List.of());
	}

	/**
	 * The properties that store a ledger in a database of an embedded PostgreSQL server
	 * (a binary from Maven Central): the postgresql profile, the database's URL and the
	 * server's superuser.
	 */
	public static List<String> postgres(EmbeddedPostgres server, String database) {
		return List.of("--spring.profiles.active=postgresql",
				"--spring.datasource.url=" + server.getJdbcUrl("postgres", database),
				"--spring.datasource.username=postgres");
	}

	/**
	 * A directory under {@code target/test-data} that no other test uses, absolute: H2
	 * refuses a database path relative to the working directory unless it starts with
	 * ".".
	 */
	public static Path freshDataDir() {
		return Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
	}

	/** The same ledger, serving HTTP on a random port. */
	public TestLedger serving() {
		return new TestLedger(this.dataDir, WebApplicationType.SERVLET, this.configurations, this.storeProperties);
	}

	/** The same ledger, stored in a database of an embedded PostgreSQL server. */
	public TestLedger onPostgres(EmbeddedPostgres server, String database) {
		return new TestLedger(this.dataDir, this.web, this.configurations, postgres(server, database));
	}

	/** The same ledger, with a test configuration added. */
	public TestLedger with(Class<?> configuration) {
		List<Class<?>> all = new ArrayList<>(this.configurations);
		all.add(configuration);
		return new TestLedger(this.dataDir, this.web, List.copyOf(all), this.storeProperties);
	}

	/** Starts the ledger with these properties besides its data directory. */
	public ConfigurableApplicationContext start(String... properties) {
		List<Class<?>> sources = new ArrayList<>(List.of(PolicyLedgerApplication.class));
		sources.addAll(this.configurations);
		List<String> arguments = new ArrayList<>(List.of("--ledger.data-dir=" + this.dataDir));
		if (this.web == WebApplicationType.SERVLET) {
			arguments.add("--server.port=0");
		}
		arguments.addAll(this.storeProperties);
		arguments.addAll(List.of(properties));
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(this.web)
			.run(arguments.toArray(String[]::new));
	}

	/** The port a serving ledger listens on. */
	public static int port(ApplicationContext ledger) {
		return ((WebServerApplicationContext) ledger).getWebServer().getPort();
	}

	/** Waits until every read model has projected every event in the store. */
	public static void awaitCaughtUp(ApplicationContext ledger, Duration within) {
		await().atMost(within).until(ledger.getBean(ReadModelMaintenance.class)::isCaughtUp);
	}

	/** A PostgreSQL setting as the ledger's pooled connections have it ({@code show}). */
	public static String postgresSetting(ApplicationContext ledger, String name) {
		return ledger.getBean(JdbcTemplate.class).queryForObject("show " + name, String.class);
	}

}

package org.policyledger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The benchmark's databases on a real PostgreSQL server (a binary from Maven Central).
 */
class PostgresServerTest {

	private static EmbeddedPostgres postgres;

	private static PostgresServer server;

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.start();
		server = new PostgresServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres");
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void givesTheNewDatabasesUrlWithTheServersParameters() throws SQLException {
		String url = server.freshDatabase("fresh");

		assertThat(url).startsWith("jdbc:postgresql://")
			.contains("/bench_fresh?")
			.isEqualTo(postgres.getJdbcUrl("postgres", "bench_fresh"));
		assertThat(jdbc(url).queryForObject("select current_database()", String.class)).isEqualTo("bench_fresh");
	}

	@Test
	void dropsWhatAnEarlierRunLeft() throws SQLException {
		jdbc(server.freshDatabase("earlier")).execute("create table left_behind (id int)");

		String url = server.freshDatabase("earlier");

		assertThat(jdbc(url).queryForObject(
				"select count(*) from information_schema.tables where table_name = 'left_behind'", Long.class))
			.isZero();
	}

	@Test
	void letsAUserWhoMayCreateDatabasesRun() {
		assertThatNoException().isThrownBy(server::requireDatabasesAllowed);
	}

	@Test
	void refusesAUserWhoMayNotCreateDatabases() {
		jdbc(postgres.getJdbcUrl("postgres", "postgres")).execute("create role reader login");
		PostgresServer readOnly = new PostgresServer(postgres.getJdbcUrl("reader", "postgres"), "reader");

		assertThatIllegalStateException().isThrownBy(readOnly::requireDatabasesAllowed)
			.withMessageContaining("'reader' may not create databases");
	}

	@Test
	void refusesAUrlOfAnotherDatabase() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PostgresServer("jdbc:h2:mem:x", "sa"))
			.withMessageContaining("not a PostgreSQL JDBC URL");
	}

	@Test
	void refusesALedgerNameThatIsNoPlainWord() {
		assertThatIllegalArgumentException().isThrownBy(() -> server.freshDatabase("x; drop database postgres"))
			.withMessageContaining("lower-case letters");
	}

	private static JdbcTemplate jdbc(String url) {
		return new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
	}

}

package org.policyledger.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.policyledger.TestLedger;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk path against commands sent one by one, on PostgreSQL (a binary from Maven
 * Central), each ledger in a database of its own on one server.
 */
class BulkPathOnPostgresIntegrationTest extends BulkPathTests {

	private EmbeddedPostgres postgres;

	private int databases;

	@Override
	ConfigurableApplicationContext start(List<String> settings) throws IOException {
		if (postgres == null) {
			// the binary's defaults turn it off; the server's own default is on
			postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
		}
		String database = "ledger" + ++databases;
		new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database " + database);
		List<String> arguments = new ArrayList<>(TestLedger.postgres(postgres, database));
		arguments.addAll(settings);
		return ledger(arguments);
	}

	@Test
	void importsWithCommitsThatDoNotWaitForTheDiskAndSendsCommandsWithTheServersSetting() {
		assertThat(TestLedger.postgresSetting(bulkLedger(), "synchronous_commit")).isEqualTo("off");
		assertThat(TestLedger.postgresSetting(oneByOneLedger(), "synchronous_commit")).isEqualTo("on");
	}

	@Test
	void importsWithStatementsPlannedOnceForAnyParameters() {
		assertThat(TestLedger.postgresSetting(bulkLedger(), "plan_cache_mode")).isEqualTo("force_generic_plan");
	}

	@Override
	void stopDatabases() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

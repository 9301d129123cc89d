package org.policyledger.ledger;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.policyledger.TestLedger;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A nested registration's claim racing a concurrent write, on PostgreSQL (a binary from
 * Maven Central), where a duplicate key aborts the whole transaction unless the claim was
 * written behind a savepoint.
 */
class NestedRegistrationClaimOnPostgresIntegrationTest extends NestedRegistrationClaimTests {

	private EmbeddedPostgres postgres;

	@Override
	ConfigurableApplicationContext start() throws IOException {
		postgres = EmbeddedPostgres.start();
		return TestLedger.fresh().onPostgres(postgres, "postgres").start("--ledger.seed.enabled=false");
	}

	@Override
	void stopDatabase() throws IOException {
		postgres.close();
	}

}

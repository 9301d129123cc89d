package org.policyledger.ledger;

import org.policyledger.TestLedger;

import org.springframework.context.ConfigurableApplicationContext;

/** A nested registration's claim racing a concurrent write, on H2. */
class NestedRegistrationClaimIntegrationTest extends NestedRegistrationClaimTests {

	@Override
	ConfigurableApplicationContext start() {
		return TestLedger.fresh().start("--ledger.seed.enabled=false");
	}

}

package org.policyledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.policyledger.TestLedger;

import org.springframework.context.ApplicationContext;

/** Checks shared by the tests that restore or copy a ledger. */
public final class StoreChecks {

	private StoreChecks() {
	}

	/**
	 * Waits for the ledger's read models to catch up, then runs every {@code verify}
	 * check and fails with their report unless all pass.
	 */
	public static void assertCaughtUpAndVerified(ApplicationContext ledger, Duration within) {
		TestLedger.awaitCaughtUp(ledger, within);
		Verification verification = ledger.getBean(StoreVerifier.class).verify();
		assertThat(verification.passed()).as(verification.toString()).isTrue();
	}

}

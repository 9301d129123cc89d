package org.policyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentKind;
import org.policyledger.api.LedgerId;
import org.policyledger.api.RegisterInstrument;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What the remembering check asks the store, inside and outside transactions. */
class RememberingReferenceCheckTest {

	private final InstrumentId resolution = InstrumentId.of("un-ares-78-265");

	private final RegisterInstrument registration = new RegisterInstrument(resolution, InstrumentKind.RESOLUTION,
			"Seizing the opportunities of safe, secure and trustworthy AI", null, null, null, null, null, null);

	private final RegisteredIds store = new RegisteredIds();

	private final List<LedgerId> asked = new ArrayList<>();

	private final RememberingReferenceCheck check = new RememberingReferenceCheck(new ReferenceCheck() {
		@Override
		public boolean isRegistered(LedgerId id) {
			asked.add(id);
			return store.isRegistered(id);
		}

		@Override
		public InstrumentKind kindOf(InstrumentId id) {
			asked.add(id);
			return store.kindOf(id);
		}
	});

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void remembersAnIdFoundRegisteredOutsideATransaction() {
		store.instrument(resolution, InstrumentKind.RESOLUTION);
		assertThat(check.requireInstrument(resolution)).isEqualTo(InstrumentKind.RESOLUTION);
		assertThat(check.requireInstrument(resolution)).isEqualTo(InstrumentKind.RESOLUTION);
		assertThat(asked).as("registered, then its kind, once").containsExactly(resolution, resolution);
	}

	@Test
	void knowsARegistrationWrittenOutsideATransactionWithoutAskingTheStore() {
		check.registered(registration);
		assertThat(check.requireInstrument(resolution)).isEqualTo(InstrumentKind.RESOLUTION);
		assertThat(asked).isEmpty();
	}

	@Test
	void asksTheStoreAboutARegistrationUntilItsTransactionCommits() {
		TransactionSynchronizationManager.initSynchronization();
		check.registered(registration);
		assertThat(check.isRegistered(resolution)).as("not in the store before the commit").isFalse();
		complete(true);
		assertThat(check.requireInstrument(resolution)).isEqualTo(InstrumentKind.RESOLUTION);
		assertThat(asked).as("only before the commit").containsExactly(resolution);
	}

	@Test
	void forgetsARegistrationWhoseTransactionRolledBack() {
		TransactionSynchronizationManager.initSynchronization();
		check.registered(registration);
		complete(false);
		assertThat(check.isRegistered(resolution)).isFalse();
		assertThat(asked).containsExactly(resolution);
	}

	@Test
	void forgetsAnIdFoundInATransactionThatRolledBack() {
		store.instrument(resolution, InstrumentKind.RESOLUTION);
		TransactionSynchronizationManager.initSynchronization();
		assertThat(check.isRegistered(resolution)).isTrue();
		assertThat(check.isRegistered(resolution)).isTrue();
		complete(false);
		assertThat(check.isRegistered(resolution)).isTrue();
		assertThat(asked).as("its registration and kind once in the transaction, again after its rollback").hasSize(4);
	}

	/** Ends the transaction as Spring would, committed or rolled back. */
	private static void complete(boolean committed) {
		List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
		if (committed) {
			synchronizations.forEach(TransactionSynchronization::afterCommit);
		}
		synchronizations.forEach(synchronization -> synchronization.afterCompletion(committed
				? TransactionSynchronization.STATUS_COMMITTED : TransactionSynchronization.STATUS_ROLLED_BACK));
		TransactionSynchronizationManager.clearSynchronization();
	}

}

package org.policyledger.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentKind;
import org.policyledger.api.LedgerId;
import org.policyledger.api.RegisterInstrument;
import org.policyledger.api.Registration;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers the ids found registered, and the kinds of the instruments among them, since
 * a registration is never undone or changed: a bulk import asks about the same instrument
 * and source for every vote. An id found inside a transaction may have been registered by
 * that transaction, so it is remembered for the rest of the transaction and for good only
 * once the transaction commits; an id {@link #registered} in a transaction only once it
 * commits, so that what refers to it in the same transaction is still checked against the
 * store, as without it.
 */
class RememberingReferenceCheck implements ReferenceCheck {

	/** What is remembered of a registered id: an instrument's kind, or nothing. */
	private record Found(InstrumentKind kind) {

		static Found of(Registration registration) {
			return new Found(registration instanceof RegisterInstrument instrument ? instrument.kind() : null);
		}

	}

	/** What the current transaction found, and what it registered. */
	private record InTransaction(Map<LedgerId, Found> found, Map<LedgerId, Found> registered) {
	}

	private final ReferenceCheck store;

	private final Map<LedgerId, Found> committed = new ConcurrentHashMap<>();

	RememberingReferenceCheck(ReferenceCheck store) {
		this.store = store;
	}

	@Override
	public boolean isRegistered(LedgerId id) {
		return found(id) != null;
	}

	@Override
	public InstrumentKind kindOf(InstrumentId id) {
		Found found = found(id);
		return found == null ? store.kindOf(id) : found.kind();
	}

	@Override
	public void registered(Registration registration) {
		InTransaction transaction = transaction();
		(transaction == null ? committed : transaction.registered()).put(registration.id(), Found.of(registration));
	}

	/**
	 * What is known of a registered id, looked up and remembered if new; null if
	 * unregistered.
	 */
	private Found found(LedgerId id) {
		Found found = committed.get(id);
		if (found != null) {
			return found;
		}
		InTransaction transaction = transaction();
		found = transaction == null ? null : transaction.found().get(id);
		if (found != null) {
			return found;
		}
		if (!store.isRegistered(id)) {
			return null;
		}
		found = new Found(id instanceof InstrumentId instrument ? store.kindOf(instrument) : null);
		(transaction == null ? committed : transaction.found()).put(id, found);
		return found;
	}

	/** What the current transaction found and registered, or null outside one. */
	private InTransaction transaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		InTransaction transaction = (InTransaction) TransactionSynchronizationManager.getResource(this);
		if (transaction == null) {
			InTransaction started = new InTransaction(new HashMap<>(), new HashMap<>());
			TransactionSynchronizationManager.bindResource(this, started);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					committed.putAll(started.found());
					committed.putAll(started.registered());
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(RememberingReferenceCheck.this);
				}
			});
			transaction = started;
		}
		return transaction;
	}

}

package org.policyledger.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentKind;
import org.policyledger.api.LedgerId;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers the ids found registered, and the kinds of the instruments among them, since
 * a registration is never undone or changed: a bulk import asks about the same instrument
 * and source for every vote. An id found inside a transaction may have been registered by
 * that transaction, so it is remembered for the rest of the transaction and for good only
 * once the transaction commits.
 */
class RememberingReferenceCheck implements ReferenceCheck {

	/** What is remembered of a registered id: an instrument's kind, or nothing. */
	private record Found(InstrumentKind kind) {
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

	/**
	 * What is known of a registered id, looked up and remembered if new; null if
	 * unregistered.
	 */
	private Found found(LedgerId id) {
		Found found = committed.get(id);
		if (found != null) {
			return found;
		}
		Map<LedgerId, Found> pending = pendingInTransaction();
		found = pending == null ? null : pending.get(id);
		if (found != null) {
			return found;
		}
		if (!store.isRegistered(id)) {
			return null;
		}
		found = new Found(id instanceof InstrumentId instrument ? store.kindOf(instrument) : null);
		(pending == null ? committed : pending).put(id, found);
		return found;
	}

	/** The ids found in the current transaction, or null outside one. */
	@SuppressWarnings("unchecked")
	private Map<LedgerId, Found> pendingInTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Map<LedgerId, Found> pending = (Map<LedgerId, Found>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Map<LedgerId, Found> found = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, found);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					committed.putAll(found);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(RememberingReferenceCheck.this);
				}
			});
			pending = found;
		}
		return pending;
	}

}

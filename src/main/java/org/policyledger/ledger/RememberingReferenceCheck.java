package org.policyledger.ledger;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.policyledger.api.LedgerId;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers the ids found registered, since a registration is never undone: a bulk import
 * asks about the same instrument and source for every vote. An id found inside a
 * transaction may have been registered by that transaction, so it is remembered for the
 * rest of the transaction and for good only once the transaction commits.
 */
class RememberingReferenceCheck implements ReferenceCheck {

	private final ReferenceCheck store;

	private final Set<LedgerId> committed = ConcurrentHashMap.newKeySet();

	RememberingReferenceCheck(ReferenceCheck store) {
		this.store = store;
	}

	@Override
	public boolean isRegistered(LedgerId id) {
		if (committed.contains(id)) {
			return true;
		}
		Set<LedgerId> pending = pendingInTransaction();
		if (pending != null && pending.contains(id)) {
			return true;
		}
		if (!store.isRegistered(id)) {
			return false;
		}
		if (pending == null) {
			committed.add(id);
		}
		else {
			pending.add(id);
		}
		return true;
	}

	/** The ids found in the current transaction, or null outside one. */
	@SuppressWarnings("unchecked")
	private Set<LedgerId> pendingInTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Set<LedgerId> pending = (Set<LedgerId>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Set<LedgerId> found = new HashSet<>();
			TransactionSynchronizationManager.bindResource(this, found);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					committed.addAll(found);
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

package org.policyledger.ledger;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentKind;
import org.policyledger.api.LedgerId;

/**
 * The registrations {@link EventStoreReferenceCheck} finds in the event store, kept in
 * memory.
 */
class RegisteredIds implements ReferenceCheck {

	private final Set<LedgerId> ids = new HashSet<>();

	private final Map<InstrumentId, InstrumentKind> kinds = new HashMap<>();

	RegisteredIds with(LedgerId... registered) {
		ids.addAll(Set.of(registered));
		return this;
	}

	RegisteredIds instrument(InstrumentId id, InstrumentKind kind) {
		ids.add(id);
		kinds.put(id, kind);
		return this;
	}

	void remove(LedgerId id) {
		ids.remove(id);
	}

	@Override
	public boolean isRegistered(LedgerId id) {
		return ids.contains(id);
	}

	@Override
	public InstrumentKind kindOf(InstrumentId id) {
		InstrumentKind kind = kinds.get(id);
		if (kind == null) {
			throw CommandRejectedException.unknown(id);
		}
		return kind;
	}

}

package org.policyledger.ledger;

import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentKind;
import org.policyledger.api.LedgerId;

/**
 * Tells whether an actor, topic, instrument or source is registered, and an instrument's
 * kind.
 */
public interface ReferenceCheck {

	boolean isRegistered(LedgerId id);

	/** The kind a registered instrument was registered with. */
	InstrumentKind kindOf(InstrumentId id);

	/** Rejects the command, naming the id, unless it is registered. */
	default void require(LedgerId id) {
		if (!isRegistered(id)) {
			throw CommandRejectedException.unknown(id);
		}
	}

	/** Rejects the command, naming the id, unless it is registered; answers its kind. */
	default InstrumentKind requireInstrument(InstrumentId id) {
		require(id);
		return kindOf(id);
	}

}

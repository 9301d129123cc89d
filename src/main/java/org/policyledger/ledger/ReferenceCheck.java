package org.policyledger.ledger;

import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentKind;
import org.policyledger.api.LedgerId;
import org.policyledger.api.Registration;

/**
 * Tells whether an actor, topic, instrument or source is registered, and an instrument's
 * kind.
 */
public interface ReferenceCheck {

	boolean isRegistered(LedgerId id);

	/** The kind a registered instrument was registered with. */
	InstrumentKind kindOf(InstrumentId id);

	/**
	 * Told of a registration the current transaction wrote, so that once it commits what
	 * refers to it need not ask the store; a check that remembers nothing ignores it.
	 */
	default void registered(Registration registration) {
	}

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

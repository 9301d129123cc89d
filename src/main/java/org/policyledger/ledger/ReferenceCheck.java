package org.policyledger.ledger;

import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.LedgerId;

/** Tells whether an actor, topic, instrument or source is registered. */
@FunctionalInterface
public interface ReferenceCheck {

	boolean isRegistered(LedgerId id);

	/** Rejects the command, naming the id, unless it is registered. */
	default void require(LedgerId id) {
		if (!isRegistered(id)) {
			throw CommandRejectedException.unknown(id);
		}
	}

}

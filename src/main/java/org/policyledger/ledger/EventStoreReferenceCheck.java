package org.policyledger.ledger;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.policyledger.api.LedgerId;

/**
 * Everything that can be referred to is an aggregate, so it is registered exactly when
 * the event store holds a stream for its id.
 */
class EventStoreReferenceCheck implements ReferenceCheck {

	private final EventStore eventStore;

	EventStoreReferenceCheck(EventStore eventStore) {
		this.eventStore = eventStore;
	}

	@Override
	public boolean isRegistered(LedgerId id) {
		return eventStore.lastSequenceNumberFor(id.toString()).isPresent();
	}

}

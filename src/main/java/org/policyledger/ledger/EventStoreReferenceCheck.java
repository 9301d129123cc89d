package org.policyledger.ledger;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentKind;
import org.policyledger.api.InstrumentRegistered;
import org.policyledger.api.LedgerId;

/**
 * Everything that can be referred to is an aggregate, so it is registered exactly when
 * the event store holds a stream for its id. It asks the storage engine, not the event
 * store: the event store would also scan the events staged in the current unit of work,
 * which in a bulk batch number thousands, and a registration never refers to one staged
 * with it.
 */
class EventStoreReferenceCheck implements ReferenceCheck {

	private final EventStorageEngine storage;

	EventStoreReferenceCheck(EventStorageEngine storage) {
		this.storage = storage;
	}

	@Override
	public boolean isRegistered(LedgerId id) {
		return storage.lastSequenceNumberFor(id.toString()).isPresent();
	}

	/**
	 * From the instrument's first event, its registration (upcast as the store reads it).
	 */
	@Override
	public InstrumentKind kindOf(InstrumentId id) {
		DomainEventStream stream = storage.readEvents(id.toString());
		if (!stream.hasNext()) {
			throw CommandRejectedException.unknown(id);
		}
		return ((InstrumentRegistered) stream.next().getPayload()).kind();
	}

}

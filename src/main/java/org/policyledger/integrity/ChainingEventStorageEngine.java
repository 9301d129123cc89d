package org.policyledger.integrity;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JPA storage engine, which chains every batch of events it appends: it locks the
 * chain's head, inserts the events (numbering them in lock order), and chains their
 * stored form in the same transaction, so an event is never stored without its link.
 */
class ChainingEventStorageEngine extends JpaEventStorageEngine {

	private final LedgerChain chain;

	private final TransactionManager transactions;

	ChainingEventStorageEngine(JpaEventStorageEngine.Builder builder, LedgerChain chain,
			TransactionManager transactions) {
		super(builder);
		this.chain = chain;
		this.transactions = transactions;
	}

	@Override
	protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
		if (events.isEmpty()) {
			return;
		}
		transactions.executeInTransaction(() -> {
			try {
				LedgerChain.Link head = chain.lockHead();
				List<StoredEvent> stored = new ArrayList<>(events.size());
				for (EventMessage<?> event : events) {
					DomainEventEntry entry = (DomainEventEntry) createEventEntity(event, serializer);
					entityManager().persist(entry);
					stored.add(StoredEvent.of(entry));
				}
				entityManager().flush();
				chain.append(head, stored);
			}
			catch (Exception ex) {
				handlePersistenceException(ex, events.get(0));
			}
		});
	}

}

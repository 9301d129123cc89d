package org.policyledger.integrity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.policyledger.api.CommandRejectedException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's JPA storage engine (which reads the events), appending by plain JDBC batches: it
 * locks the chain's head, numbers a batch's events after the last stored one, inserts
 * them in one batch statement, and chains their stored form in the same transaction, so
 * an event is never stored without its link; a fact's link claims its id, and a claim
 * taken meanwhile by another write fails the append as a conflict. Each event is
 * serialized once; those bytes are what is stored and what is hashed. A unit of work
 * enlisted in {@link WriteBehind} has its events written there instead.
 * <p>
 * The head lock orders every append (across service nodes too), so the numbers leave no
 * gaps for tracking processors to wait on and need no sequence: H2 writes its whole store
 * to disk each time a sequence's cache of values runs out, which took 40% of a bulk
 * import.
 */
class ChainingEventStorageEngine extends JpaEventStorageEngine {

	/**
	 * Axon's query for a batch of one stream, ordered by the whole (aggregate, sequence)
	 * key. H2 reads that unique index in order only when the order names both columns;
	 * ordered by the sequence alone, it read and sorted every remaining event of the
	 * stream for each batch of 100, so loading a stream took time in the square of its
	 * length.
	 */
	private static final String STREAM_BATCH = "SELECT new org.axonframework.eventhandling.GenericDomainEventEntry("
			+ "e.type, e.aggregateIdentifier, e.sequenceNumber, e.eventIdentifier, e.timeStamp, e.payloadType,"
			+ " e.payloadRevision, e.payload, e.metaData) FROM %s e"
			+ " WHERE e.aggregateIdentifier = :id AND e.sequenceNumber >= :seq"
			+ " ORDER BY e.aggregateIdentifier ASC, e.sequenceNumber ASC";

	private final LedgerChain chain;

	private final TransactionManager transactions;

	private final JdbcTemplate jdbc;

	private final MeterRegistry meters;

	private final WriteBehind writeBehind;

	ChainingEventStorageEngine(JpaEventStorageEngine.Builder builder, LedgerChain chain,
			TransactionManager transactions, JdbcTemplate jdbc, MeterRegistry meters, WriteBehind writeBehind) {
		super(builder);
		this.writeBehind = writeBehind;
		this.chain = chain;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.meters = meters;
	}

	@Override
	protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
		if (events.isEmpty()) {
			return;
		}
		if (writeBehind.isEnlisted()) {
			writeBehind.submit(events, serializer);
			return;
		}
		transactions.executeInTransaction(() -> {
			try {
				LedgerChain.Link head = chain.lockHead();
				List<StoredEvent> stored = StoredEvent.all(events, serializer);
				List<IndexedEvent> indexed = IndexedEvent.after(IndexedEvent.last(jdbc), stored);
				IndexedEvent.insert(jdbc, indexed);
				chain.append(head, indexed);
				countOnCommit(meters, events);
			}
			catch (CommandRejectedException ex) {
				throw ex;
			}
			catch (Exception ex) {
				handlePersistenceException(ex, events.get(0));
			}
		});
	}

	@Override
	@SuppressWarnings("unchecked")
	protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
			int batchSize) {
		return transactions.fetchInTransaction(
				() -> entityManager().createQuery(String.format(STREAM_BATCH, domainEventEntryEntityName()))
					.setParameter("id", aggregateIdentifier)
					.setParameter("seq", firstSequenceNumber)
					.setMaxResults(batchSize)
					.getResultList());
	}

	/**
	 * The aggregate's latest snapshot, read whole here: Axon reads a payload when it is
	 * first asked for, and a snapshot that fails then fails the load. One that fails here
	 * is passed over by the event store, which replays the whole stream instead (a
	 * snapshot is a shortcut, never the record).
	 */
	@Override
	public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
		Optional<DomainEventMessage<?>> snapshot = super.readSnapshot(aggregateIdentifier);
		snapshot.ifPresent(DomainEventMessage::getPayload);
		return snapshot;
	}

	/**
	 * Counts the events recorded, by type ({@code ledger.events.recorded}), once
	 * committed.
	 */
	static void countOnCommit(MeterRegistry meters, List<? extends EventMessage<?>> events) {
		Map<String, Long> byType = events.stream()
			.collect(Collectors.groupingBy(event -> event.getPayloadType().getSimpleName(), Collectors.counting()));
		Runnable count = () -> byType
			.forEach((type, recorded) -> meters.counter("ledger.events.recorded", "type", type).increment(recorded));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					count.run();
				}
			});
		}
		else {
			count.run();
		}
	}

}

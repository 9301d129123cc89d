package org.policyledger.integrity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an import's batches behind their decisions, so that the database stores one
 * batch while the importing thread decides the next. A batch enlisted here is serialized,
 * numbered and chained on the importing thread after the batch before it, as the chain
 * will stand once that one is stored; a thread of its own then inserts its events and
 * links and moves the chain's head, in a transaction of its own. At most one batch is
 * being written at a time.
 * <p>
 * The writer first checks, under the head's lock, that the chain and the event store end
 * where the batch was chained after. If they do not (another writer appended meanwhile),
 * or anything else fails the write (a fact id another fact took, say), nothing of the
 * batch is stored, and the next batch, or {@link #await}, fails with
 * {@link WriteBehindFailedException}: the actors' cached states then hold facts that were
 * not stored, and the importer forgets them and writes both batches again the ordinary
 * way. Only a process that imports alone enlists batches: one whose commands could meet
 * an actor holding facts not yet stored would decide on them.
 */
@Component
public class WriteBehind {

	private static final String ENLISTED = WriteBehind.class.getName() + ".enlisted";

	private final LedgerChain chain;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final MeterRegistry meters;

	private final ExecutorService writer = Executors.newSingleThreadExecutor(work -> {
		Thread thread = new Thread(work, "ledger-write-behind");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Where the chain and the event store end once the batch in flight is stored; read
	 * from the store when none is in flight, since other writes may have moved them.
	 */
	private End expected;

	private Future<?> inFlight;

	/** The last sequence number of each stream the batch in flight appends to. */
	private Map<String, Long> inFlightStreams = Map.of();

	WriteBehind(LedgerChain chain, JdbcTemplate jdbc, PlatformTransactionManager transactions, MeterRegistry meters) {
		this.chain = chain;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.meters = meters;
	}

	/** Where the chain ends ({@code head}) and the global index of the last event. */
	private record End(LedgerChain.Link head, long lastIndex) {
	}

	/** Has the unit of work's events written behind when it commits. */
	public void enlist(UnitOfWork<?> unitOfWork) {
		unitOfWork.root().resources().put(ENLISTED, Boolean.TRUE);
	}

	/** Whether the current unit of work's events are written behind. */
	public boolean isEnlisted() {
		return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().resources().containsKey(ENLISTED);
	}

	/**
	 * Whether a stream at {@code version} (its last sequence number, or null) has every
	 * event appended to it so far: false for a state loaded from the store while events
	 * of it are still being written.
	 */
	public boolean isCurrent(String aggregateIdentifier, Long version) {
		Long appended = inFlightStreams.get(aggregateIdentifier);
		return appended == null || appended.equals(version);
	}

	/**
	 * Waits until the batch in flight is stored.
	 * @throws WriteBehindFailedException if it was not
	 */
	public void await() {
		if (inFlight == null) {
			return;
		}
		try {
			inFlight.get();
		}
		catch (ExecutionException ex) {
			throw new WriteBehindFailedException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WriteBehindFailedException(ex);
		}
		finally {
			inFlight = null;
			inFlightStreams = Map.of();
		}
	}

	/**
	 * Chains the events after the batch in flight, waits for that one to be stored, and
	 * hands these to the writer.
	 */
	void submit(List<? extends EventMessage<?>> events, Serializer serializer) {
		List<StoredEvent> stored = StoredEvent.all(events, serializer);
		End from = inFlight != null ? expected : new End(chain.head(), IndexedEvent.last(jdbc));
		List<IndexedEvent> indexed = IndexedEvent.after(from.lastIndex(), stored);
		List<LedgerChain.NewLink> links = LedgerChain.links(from.head(), indexed);
		Map<String, Long> streams = new HashMap<>();
		stored.forEach(event -> streams.put(event.aggregateIdentifier(), event.sequenceNumber()));
		await();
		LedgerChain.NewLink last = links.get(links.size() - 1);
		expected = new End(new LedgerChain.Link(last.position(), last.chainHash()), from.lastIndex() + indexed.size());
		inFlightStreams = streams;
		inFlight = writer.submit(() -> write(from, indexed, links, events));
	}

	/**
	 * Lets the writing thread end with the ledger; an import waits for its last batch.
	 */
	@PreDestroy
	void stop() {
		writer.shutdown();
	}

	private void write(End from, List<IndexedEvent> indexed, List<LedgerChain.NewLink> links,
			List<? extends EventMessage<?>> events) {
		transaction.executeWithoutResult(status -> {
			LedgerChain.Link head = chain.lockHead();
			if (!head.sameAs(from.head()) || IndexedEvent.last(jdbc) != from.lastIndex()) {
				throw new IllegalStateException("the ledger was appended to while a batch was decided after position "
						+ from.head().position());
			}
			IndexedEvent.insert(jdbc, indexed);
			chain.append(links);
			ChainingEventStorageEngine.countOnCommit(meters, events);
		});
	}

}

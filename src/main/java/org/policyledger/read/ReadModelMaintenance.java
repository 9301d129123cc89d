package org.policyledger.read;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;

import org.springframework.stereotype.Component;

/**
 * Rebuilds the read models from the event store, tells how far they have caught up, and
 * lists and retries the events they could not process (dead letters).
 */
@Component
public class ReadModelMaintenance {

	private final EventProcessingConfiguration processing;

	private final EventStore eventStore;

	private final TransactionManager transactions;

	private final EntityManagerProvider entityManagers;

	private final Serializer serializer;

	/**
	 * From a rebuild's start until the processor has claimed its segments again, whose
	 * replay tokens then tell whether it is still rebuilding.
	 */
	private volatile boolean rebuildStarting;

	/** Tells this run of the service from earlier ones in {@link #answersVersion()}. */
	private final String run;

	/**
	 * Rebuilds and dead-letter retries so far: they change answers where the position may
	 * not move.
	 */
	private final AtomicLong changes = new AtomicLong();

	/** Where the processor stood when last paused: a stopped one reports no position. */
	private volatile long pausedAt = -1;

	public ReadModelMaintenance(EventProcessingConfiguration processing, EventStore eventStore,
			TransactionManager transactions, Clock clock, EntityManagerProvider entityManagers, Serializer serializer) {
		this.run = Long.toString(clock.millis(), Character.MAX_RADIX);
		this.processing = processing;
		this.eventStore = eventStore;
		this.transactions = transactions;
		this.entityManagers = entityManagers;
		this.serializer = serializer;
	}

	private StreamingEventProcessor processor() {
		return processing.eventProcessor(ReadModel.PROCESSING_GROUP, StreamingEventProcessor.class)
			.orElseThrow(() -> new IllegalStateException("no streaming processor " + ReadModel.PROCESSING_GROUP));
	}

	private SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue() {
		return processing.deadLetterQueue(ReadModel.PROCESSING_GROUP)
			.orElseThrow(() -> new IllegalStateException("no dead-letter queue for " + ReadModel.PROCESSING_GROUP));
	}

	/**
	 * Stops the processor, clears every read model (the projections' reset handlers) and
	 * the dead letters, and starts it again from the first event. Returns at once; the
	 * rebuild runs in the background until {@link #isCaughtUp()}.
	 */
	public void rebuild() {
		rebuildStarting = true;
		changes.incrementAndGet();
		StreamingEventProcessor processor = processor();
		processor.shutDown();
		processor.resetTokens();
		processor.start();
	}

	/**
	 * Stops the processor where it is; it goes on from there when the service next
	 * starts. Bulk work from the command line runs faster without it.
	 */
	public void pause() {
		pausedAt = position();
		processor().shutDown();
	}

	/** Starts the processor again after {@link #pause()}, from where it stopped. */
	public void resume() {
		processor().start();
	}

	/** The global index of the last event in the store, or -1 for an empty store. */
	public long head() {
		return index(eventStore.createHeadToken());
	}

	private static long index(TrackingToken head) {
		return head == null ? -1 : head.position().orElse(-1);
	}

	/**
	 * The global index up to which every segment has processed, or -1 before any; while
	 * paused, where it stood then.
	 */
	public long position() {
		return position(processor().processingStatus());
	}

	private long position(Map<Integer, EventTrackerStatus> segments) {
		if (segments.isEmpty()) {
			return pausedAt;
		}
		return segments.values()
			.stream()
			.mapToLong(segment -> segment.getCurrentPosition().orElse(-1))
			.min()
			.orElse(-1);
	}

	/**
	 * Whether every segment has processed every event that was in the store when asked.
	 */
	public boolean isCaughtUp() {
		return caughtUp(processor().processingStatus(), eventStore.createHeadToken());
	}

	private static boolean caughtUp(Map<Integer, EventTrackerStatus> status, TrackingToken head) {
		return !status.isEmpty()
				&& status.values().stream().allMatch(segment -> segment.isCaughtUp() && covers(segment, head));
	}

	/** How far the shared read models are, and the last event stored. */
	public record Progress(long position, long head, boolean caughtUp) {

		/** Events stored but not yet projected. */
		public long behind() {
			return Math.max(0, head - position);
		}

	}

	/**
	 * How far the read models are as readers of this node see them: this node's
	 * processor's progress, or, while it runs without a segment because another node of
	 * the same database projects them, the progress that node stored in the tokens.
	 */
	public Progress progress() {
		StreamingEventProcessor processor = processor();
		return progress(processor, processor.processingStatus());
	}

	private Progress progress(StreamingEventProcessor processor, Map<Integer, EventTrackerStatus> segments) {
		TrackingToken headToken = eventStore.createHeadToken();
		long head = index(headToken);
		if (segments.isEmpty() && pausedAt < 0 && processor.isRunning()) {
			long stored = storedPosition();
			return new Progress(stored, head, stored >= head);
		}
		return new Progress(position(segments), head, caughtUp(segments, headToken));
	}

	/**
	 * The lowest position of the read model's tokens as stored, read without claiming
	 * them; -1 before there are any.
	 */
	private long storedPosition() {
		return transactions.fetchInTransaction(() -> entityManagers.getEntityManager()
			.createQuery("select t from TokenEntry t where t.processorName = :name", TokenEntry.class)
			.setParameter("name", ReadModel.PROCESSING_GROUP)
			.getResultStream()
			.mapToLong(entry -> index(entry.getToken(serializer)))
			.min()
			.orElse(-1));
	}

	/**
	 * Throws {@link RebuildInProgressException} while a rebuild replays the events stored
	 * before it began: from {@link #rebuild()} until the processor's segments are past
	 * them (Axon's replay token, kept in the token store, says so across restarts once
	 * the processor runs).
	 */
	public void requireBuilt() {
		Map<Integer, EventTrackerStatus> segments = processor().processingStatus();
		if (rebuilding(segments)) {
			throw new RebuildInProgressException(position(segments),
					replaying(segments).map(segment -> segment.getResetPosition().orElse(-1)).orElseGet(this::head));
		}
	}

	private boolean rebuilding(Map<Integer, EventTrackerStatus> segments) {
		if (replaying(segments).isPresent()) {
			return true;
		}
		if (!segments.isEmpty()) {
			rebuildStarting = false;
		}
		return rebuildStarting;
	}

	/**
	 * A segment still short of the position it was reset at. (Axon keeps a segment's
	 * replay token until an event after that position arrives, so replaying alone would
	 * go on being true once the rebuild is done.)
	 */
	private static Optional<EventTrackerStatus> replaying(Map<Integer, EventTrackerStatus> segments) {
		return segments.values()
			.stream()
			.filter(segment -> segment.isReplaying()
					&& segment.getCurrentPosition().orElse(-1) < segment.getResetPosition().orElse(-1))
			.findFirst();
	}

	/**
	 * A version of every answer from the read models: it changes whenever one may change
	 * (the position moves, a rebuild starts, dead letters are retried, the service
	 * restarts). Empty when this service cannot tell: while it rebuilds, or when it does
	 * not project every segment itself (another node does).
	 */
	public Optional<String> answersVersion() {
		Map<Integer, EventTrackerStatus> segments = processor().processingStatus();
		double owned = segments.values()
			.stream()
			.mapToDouble(segment -> 1.0 / (segment.getSegment().getMask() + 1))
			.sum();
		if (owned < 1 || rebuilding(segments)) {
			return Optional.empty();
		}
		return Optional.of(run + "-" + changes.get() + "-" + position(segments));
	}

	/**
	 * Position, head, lag, rebuild and dead letters, read together (see
	 * {@link #progress()}).
	 */
	public ReadModelStatus status() {
		StreamingEventProcessor processor = processor();
		Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
		Progress progress = progress(processor, segments);
		return new ReadModelStatus(progress.position(), progress.head(), progress.behind(), progress.caughtUp(),
				rebuilding(segments), deadLetterCount());
	}

	/** How many events are parked as dead letters. */
	public long deadLetterCount() {
		return transactions.fetchInTransaction(() -> deadLetterQueue().size());
	}

	/** The first {@code limit} dead letters, stream by stream in the order parked. */
	public DeadLetters deadLetters(int limit) {
		return transactions.fetchInTransaction(() -> {
			SequencedDeadLetterQueue<EventMessage<?>> queue = deadLetterQueue();
			List<DeadLetterView> letters = new ArrayList<>();
			for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
				for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
					if (letters.size() == limit) {
						return new DeadLetters(queue.size(), queue.amountOfSequences(), letters);
					}
					letters.add(view(letter));
				}
			}
			return new DeadLetters(queue.size(), queue.amountOfSequences(), letters);
		});
	}

	private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
		EventMessage<?> event = letter.message();
		DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
		TrackingToken token = event instanceof TrackedEventMessage<?> tracked ? tracked.trackingToken() : null;
		return new DeadLetterView(domain == null ? null : domain.getAggregateIdentifier(),
				domain == null ? null : domain.getSequenceNumber(),
				token == null || token.position().isEmpty() ? null : token.position().getAsLong(),
				event.getIdentifier(), event.getPayloadType().getSimpleName(), letter.enqueuedAt(),
				letter.lastTouched(), letter.cause().map(ReadModelMaintenance::describe).orElse(null));
	}

	private static String describe(Cause cause) {
		return cause.type() + ": " + cause.message();
	}

	/**
	 * Runs every parked stream through the projections again, each from its first dead
	 * letter; a stream that fails again stays parked from the event that failed. Returns
	 * how many dead letters are left.
	 */
	public long retryDeadLetters() {
		SequencedDeadLetterProcessor<EventMessage<?>> retry = processing
			.sequencedDeadLetterProcessor(ReadModel.PROCESSING_GROUP)
			.orElseThrow(() -> new IllegalStateException("no dead-letter queue for " + ReadModel.PROCESSING_GROUP));
		long streams = transactions.fetchInTransaction(() -> deadLetterQueue().amountOfSequences());
		changes.incrementAndGet();
		try {
			for (long i = 0; i < streams; i++) {
				retry.processAny();
			}
		}
		finally {
			changes.incrementAndGet();
		}
		return transactions.fetchInTransaction(() -> deadLetterQueue().size());
	}

	private static boolean covers(EventTrackerStatus segment, TrackingToken head) {
		if (head == null || head.position().isEmpty()) {
			return true;
		}
		return segment.getCurrentPosition().orElse(-1) >= head.position().getAsLong();
	}

}

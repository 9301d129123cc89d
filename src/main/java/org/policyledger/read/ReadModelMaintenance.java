package org.policyledger.read;

import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import org.springframework.stereotype.Component;

/**
 * Rebuilds the read models from the event store, and tells how far they have caught up.
 */
@Component
public class ReadModelMaintenance {

	private final EventProcessingConfiguration processing;

	private final EventStore eventStore;

	public ReadModelMaintenance(EventProcessingConfiguration processing, EventStore eventStore) {
		this.processing = processing;
		this.eventStore = eventStore;
	}

	private StreamingEventProcessor processor() {
		return processing.eventProcessor(ReadModel.PROCESSING_GROUP, StreamingEventProcessor.class)
			.orElseThrow(() -> new IllegalStateException("no streaming processor " + ReadModel.PROCESSING_GROUP));
	}

	/**
	 * Stops the processor, clears every read model (the projections' reset handlers) and
	 * starts it again from the first event. Returns at once; the rebuild runs in the
	 * background until {@link #isCaughtUp()}.
	 */
	public void rebuild() {
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
		processor().shutDown();
	}

	/** Starts the processor again after {@link #pause()}, from where it stopped. */
	public void resume() {
		processor().start();
	}

	/** The global index of the last event in the store, or -1 for an empty store. */
	public long head() {
		TrackingToken head = eventStore.createHeadToken();
		return head == null ? -1 : head.position().orElse(-1);
	}

	/** The global index up to which every segment has processed, or -1 before any. */
	public long position() {
		return processor().processingStatus()
			.values()
			.stream()
			.mapToLong(segment -> segment.getCurrentPosition().orElse(-1))
			.min()
			.orElse(-1);
	}

	/**
	 * Whether every segment has processed every event that was in the store when asked.
	 */
	public boolean isCaughtUp() {
		TrackingToken head = eventStore.createHeadToken();
		Map<Integer, EventTrackerStatus> status = processor().processingStatus();
		return !status.isEmpty()
				&& status.values().stream().allMatch(segment -> segment.isCaughtUp() && covers(segment, head));
	}

	private static boolean covers(EventTrackerStatus segment, TrackingToken head) {
		if (head == null || head.position().isEmpty()) {
			return true;
		}
		return segment.getCurrentPosition().orElse(-1) >= head.position().getAsLong();
	}

}

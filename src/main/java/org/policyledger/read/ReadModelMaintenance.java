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

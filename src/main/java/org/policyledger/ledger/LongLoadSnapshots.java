package org.policyledger.ledger;

import java.util.function.BooleanSupplier;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * Snapshots an aggregate whose load replayed at least {@code threshold} events, once the
 * unit of work that loaded it commits, so that its next load (after a restart, or after
 * the cache let it go) starts from the snapshot. Events applied by commands do not count:
 * a cached actor takes thousands of votes in a bulk import without being loaded again,
 * and Axon's snapshotter reads the stream since the last snapshot for each snapshot. Not
 * in a unit of work written behind ({@code WriteBehind}): the snapshotter reads its
 * staged events with the stored ones, and a snapshot must not hold events that may never
 * be stored.
 */
final class LongLoadSnapshots implements SnapshotTriggerDefinition {

	private final Snapshotter snapshotter;

	private final int threshold;

	private final BooleanSupplier writingBehind;

	/**
	 * {@code writingBehind} tells whether the current unit of work's events are written
	 * behind.
	 */
	LongLoadSnapshots(Snapshotter snapshotter, int threshold, BooleanSupplier writingBehind) {
		if (threshold < 1) {
			throw new IllegalArgumentException("a snapshot needs at least one replayed event, not " + threshold);
		}
		this.snapshotter = snapshotter;
		this.threshold = threshold;
		this.writingBehind = writingBehind;
	}

	@Override
	public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
		return new SnapshotTrigger() {

			private int replayed;

			private String aggregateId;

			private boolean loaded;

			@Override
			public void eventHandled(EventMessage<?> event) {
				if (!loaded && event instanceof DomainEventMessage<?> domainEvent) {
					replayed++;
					aggregateId = domainEvent.getAggregateIdentifier();
				}
			}

			@Override
			public void initializationFinished() {
				loaded = true;
				if (replayed >= threshold && !writingBehind.getAsBoolean()) {
					snapshotter.scheduleSnapshot(aggregateType, aggregateId);
				}
			}
		};
	}

}

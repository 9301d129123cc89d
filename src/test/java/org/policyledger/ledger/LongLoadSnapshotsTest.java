package org.policyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.junit.jupiter.api.Test;

class LongLoadSnapshotsTest {

	private final List<String> scheduled = new ArrayList<>();

	private boolean writingBehind;

	private final LongLoadSnapshots snapshots = new LongLoadSnapshots(
			(type, id) -> scheduled.add(type.getSimpleName() + " " + id), 3, () -> writingBehind);

	private static void handle(SnapshotTrigger trigger, int events) {
		for (int sequence = 0; sequence < events; sequence++) {
			trigger.eventHandled(new GenericDomainEventMessage<>("ActorAggregate", "actor:USA", sequence, "event"));
		}
	}

	@Test
	void schedulesASnapshotOfAnActorWhoseLoadReplayedTheThreshold() {
		SnapshotTrigger trigger = snapshots.prepareTrigger(ActorAggregate.class);
		handle(trigger, 3);
		trigger.initializationFinished();
		assertThat(scheduled).containsExactly("ActorAggregate actor:USA");
	}

	@Test
	void schedulesNoSnapshotOfAnActorWhoseLoadReplayedLess() {
		SnapshotTrigger trigger = snapshots.prepareTrigger(ActorAggregate.class);
		handle(trigger, 2);
		trigger.initializationFinished();
		assertThat(scheduled).isEmpty();
	}

	@Test
	void schedulesNoSnapshotInAUnitOfWorkWrittenBehind() {
		writingBehind = true;
		SnapshotTrigger trigger = snapshots.prepareTrigger(ActorAggregate.class);
		handle(trigger, 3);
		trigger.initializationFinished();
		assertThat(scheduled).isEmpty();
	}

	@Test
	void countsNoEventAppliedAfterTheLoad() {
		SnapshotTrigger trigger = snapshots.prepareTrigger(ActorAggregate.class);
		handle(trigger, 1);
		trigger.initializationFinished();
		handle(trigger, 10);
		assertThat(scheduled).isEmpty();
	}

	@Test
	void refusesAThresholdBelowOneEvent() {
		assertThatThrownBy(() -> new LongLoadSnapshots((type, id) -> {
		}, 0, () -> false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 0");
	}

}

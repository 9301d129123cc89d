package org.policyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.api.ActorId;
import org.policyledger.api.ActorKind;
import org.policyledger.api.Citation;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.FactId;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.PartialDate;
import org.policyledger.api.RecordFact;
import org.policyledger.api.Recorder;
import org.policyledger.api.RegisterActor;
import org.policyledger.api.RetractFact;
import org.policyledger.api.SignDeclaration;
import org.policyledger.api.SourceId;
import org.policyledger.api.Stance;
import org.policyledger.api.StatePosition;
import org.policyledger.api.TopicId;
import org.policyledger.store.Verification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A ledger of its own with a low threshold: each actor here needs that many facts, which
 * at the default would crowd the lists other tests read in the shared ledger.
 */
@LedgerIntegrationTest
@TestPropertySource(properties = "ledger.snapshots.after-replaying=20")
class ActorSnapshotsIntegrationTest {

	private static final Recorder WRITER = Recorder.principal("snapshot-writer");

	private static final List<Citation> CITED = List
		.of(new Citation(SourceId.of("csis-2025-10-07-un-global-dialogue"), "a passage"));

	private static final InstrumentId DECLARATION = InstrumentId.of("bletchley-declaration-2023");

	@Autowired
	private Ledger ledger;

	@Autowired
	private EventStore events;

	@Autowired
	private EventStorageEngine storage;

	@Autowired
	private Cache actorCache;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SnapshotAudit audit;

	@Autowired
	private ParameterResolverFactory parameters;

	@Value("${ledger.snapshots.after-replaying}")
	private int threshold;

	private static StatePosition position(ActorId actor, int number, Stance stance) {
		return new StatePosition(FactId.of(actor.value().toLowerCase() + "-" + number), actor,
				TopicId.of("open-source-ai"), stance, "Position " + number, null, null, null, PartialDate.parse("2024"),
				CITED);
	}

	private static SignDeclaration signature(ActorId actor, String factId) {
		return new SignDeclaration(FactId.of(factId), actor, DECLARATION, null, PartialDate.parse("2023-11-01"), CITED);
	}

	/**
	 * Registers an actor that signed the declaration and stated {@code positions}
	 * positions, then lets it go from the cache.
	 */
	private ActorId actorWith(String id, int positions) {
		ActorId actor = ActorId.of(id);
		ledger.register(new RegisterActor(actor, ActorKind.GROUP, id, List.of()), WRITER);
		ledger.record(signature(actor, id.toLowerCase() + "-signed"), WRITER);
		List<RecordFact> facts = new ArrayList<>();
		IntStream.range(0, positions).forEach(number -> facts.add(position(actor, number, Stance.SUPPORTS)));
		for (int from = 0; from < facts.size(); from += 100) {
			ledger.recordAll(facts.subList(from, Math.min(from + 100, facts.size())), WRITER);
		}
		actorCache.remove(actor.toString());
		return actor;
	}

	/**
	 * An actor as {@link #actorWith} leaves it, then loaded by one more position, which
	 * replays the threshold and snapshots it.
	 */
	private ActorId snapshotted(String id) {
		ActorId actor = actorWith(id, threshold);
		ledger.record(position(actor, threshold, Stance.OPPOSES), WRITER);
		return actor;
	}

	private void assertSigningAgainRefused(ActorId actor) {
		assertThatThrownBy(() -> ledger.record(signature(actor, actor.value().toLowerCase() + "-signed-again"), WRITER))
			.isInstanceOf(CommandRejectedException.class)
			.hasMessageContaining("has already signed");
	}

	private Map<String, Object> snapshotOf(ActorId actor) {
		return jdbc.queryForMap("select sequence_number, payload_type, payload_revision from snapshot_event_entry"
				+ " where aggregate_identifier = ?", actor.toString());
	}

	private long snapshots(ActorId actor) {
		return jdbc.queryForObject("select count(*) from snapshot_event_entry where aggregate_identifier = ?",
				Long.class, actor.toString());
	}

	@Test
	void snapshotsAnActorWhoseLoadReplayedManyEvents() {
		ActorId actor = actorWith("SNAPSHOT-LONG", threshold);
		assertThat(snapshots(actor)).as("no load has replayed the actor yet").isZero();

		ledger.record(position(actor, threshold, Stance.OPPOSES), WRITER);

		long replayed = 2L + threshold;
		assertThat(snapshotOf(actor)).containsEntry("sequence_number", replayed)
			.containsEntry("payload_type", ActorAggregate.class.getName())
			.containsEntry("payload_revision", "2");
	}

	@Test
	void leavesAnActorWhoseLoadReplayedFewEventsWithoutSnapshot() {
		ActorId actor = actorWith("SNAPSHOT-SHORT", threshold - 3);

		ledger.record(position(actor, threshold, Stance.OPPOSES), WRITER);

		assertThat(snapshots(actor)).isZero();
	}

	@Test
	void loadsAnActorFromItsSnapshotAndTheEventsAfterIt() {
		ActorId actor = snapshotted("SNAPSHOT-LOAD");
		ledger.record(position(actor, threshold + 1, Stance.OPPOSES), WRITER);

		DomainEventStream stream = events.readEvents(actor.toString());
		DomainEventMessage<?> first = stream.next();
		assertThat(first.getPayload()).isInstanceOf(ActorAggregate.class);
		assertThat(first.getSequenceNumber()).isEqualTo(2L + threshold);
		assertThat(stream.asStream().map(DomainEventMessage::getSequenceNumber)).containsExactly(3L + threshold);
	}

	@Test
	void holdsTheStateTheActorsWholeStreamBuilds() {
		ActorId actor = actorWith("SNAPSHOT-SAME", threshold);
		ledger.record(new RetractFact(null, actor, FactId.of("snapshot-same-3"), "stated in error", CITED), WRITER);
		Object snapshot = events.readEvents(actor.toString()).next().getPayload();

		EventSourcedAggregate<ActorAggregate> replayed = EventSourcedAggregate.initialize(new ActorAggregate(),
				AnnotatedAggregateMetaModelFactory.inspectAggregate(ActorAggregate.class, parameters), null,
				NoSnapshotTriggerDefinition.TRIGGER);
		replayed.initializeState(storage.readEvents(actor.toString()));

		assertThat(snapshot).usingRecursiveComparison().isEqualTo(replayed.getAggregateRoot());
	}

	@Test
	void keepsEveryRuleForAnActorLoadedFromItsSnapshot() {
		ActorId actor = snapshotted("SNAPSHOT-RULES");
		assertThat(snapshots(actor)).isOne();
		actorCache.remove(actor.toString());

		assertThat(ledger.record(position(actor, 7, Stance.SUPPORTS), WRITER).alreadyRecorded()).isTrue();
		assertThatThrownBy(() -> ledger.record(position(actor, 7, Stance.OPPOSES), WRITER))
			.isInstanceOf(CommandRejectedException.class)
			.hasMessageContaining("already recorded with different content");
		assertSigningAgainRefused(actor);
	}

	@Test
	void passesOverASnapshotOfAnotherRevision() {
		ActorId actor = snapshotted("SNAPSHOT-OLD");
		jdbc.update("update snapshot_event_entry set payload_revision = '0' where aggregate_identifier = ?",
				actor.toString());

		assertThat(events.readEvents(actor.toString()).next().getPayload()).isNotInstanceOf(ActorAggregate.class);
	}

	@Test
	void replaysTheWholeStreamWhenItsSnapshotCannotBeRead() {
		ActorId actor = snapshotted("SNAPSHOT-BROKEN");
		jdbc.update("update snapshot_event_entry set payload = ? where aggregate_identifier = ?",
				"{\"facts\":\"bm90IHBhY2tlZA==\"}".getBytes(), actor.toString());
		actorCache.remove(actor.toString());

		assertSigningAgainRefused(actor);
	}

	@Test
	void auditKeepsASnapshotThatIsTheStateOfItsEvents() {
		ActorId actor = snapshotted("SNAPSHOT-AUDITED");

		assertThat(audit.check().detail()).doesNotContain(actor.toString());
		assertThat(snapshots(actor)).isOne();
	}

	@Test
	void auditDeletesASnapshotChangedInTheDatabase() {
		ActorId actor = snapshotted("SNAPSHOT-TAMPERED");
		String payload = new String(
				jdbc.queryForObject("select payload from snapshot_event_entry where aggregate_identifier = ?",
						byte[].class, actor.toString()),
				StandardCharsets.UTF_8);
		String adopter = payload.replace("\"kind\":\"GROUP\"", "\"kind\":\"INTERNATIONAL_ORGANISATION\"");
		assertThat(adopter).isNotEqualTo(payload);
		jdbc.update("update snapshot_event_entry set payload = ? where aggregate_identifier = ?",
				adopter.getBytes(StandardCharsets.UTF_8), actor.toString());

		Verification.Check check = audit.check();

		assertThat(check.passed()).isFalse();
		assertThat(check.detail()).contains(actor + ": not the state of events 0 to " + (2 + threshold));
		assertThat(snapshots(actor)).isZero();
	}

}

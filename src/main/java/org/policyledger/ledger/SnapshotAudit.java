package org.policyledger.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.policyledger.store.Verification;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Checks each actor's snapshot against the actor's events. A snapshot is no part of the
 * hash chain, yet the actor's rules decide on it: one that is not the state its events
 * build up to its sequence number (changed in the database, or unreadable) is named and
 * deleted, so that the actor's next load replays its events.
 */
@Service
public class SnapshotAudit {

	private static final int LISTED = 5;

	/** The aggregate type Axon stores with an actor's snapshot. */
	private static final String ACTOR_TYPE = ActorAggregate.class.getSimpleName();

	private final EventStorageEngine storage;

	private final NamedParameterJdbcTemplate jdbc;

	private final AggregateModel<ActorAggregate> model;

	/** The parameters and handlers are the ones the command bus's aggregate has. */
	SnapshotAudit(EventStorageEngine storage, NamedParameterJdbcTemplate jdbc, ParameterResolverFactory parameters,
			HandlerDefinition handlers) {
		this.storage = storage;
		this.jdbc = jdbc;
		this.model = AnnotatedAggregateMetaModelFactory.inspectAggregate(ActorAggregate.class, parameters, handlers);
	}

	public Verification.Check check() {
		List<String> actors = snapshottedActors();
		List<String> differing = new ArrayList<>();
		for (String actor : actors) {
			String problem = problemOf(actor);
			if (problem != null) {
				differing.add(actor + ": " + problem);
				deleteSnapshot(actor);
			}
		}
		return new Verification.Check("actor snapshots rebuilt from the log", differing.isEmpty(),
				differing.isEmpty()
						? String.format("%,d snapshots, each the state of its actor's events", actors.size())
						: String.format("%,d of %,d snapshots differed from the events and were deleted: %s",
								differing.size(), actors.size(), differing.stream().limit(LISTED).toList()));
	}

	/** What is wrong with the actor's snapshot, or null if it is its events' state. */
	private String problemOf(String actor) {
		Optional<DomainEventMessage<?>> read;
		try {
			read = storage.readSnapshot(actor);
		}
		catch (RuntimeException ex) {
			return "unreadable (" + ex.getMessage() + ")";
		}
		if (read.isEmpty()) {
			return null;
		}
		DomainEventMessage<?> snapshot = read.get();
		EventSourcedAggregate<ActorAggregate> rebuilt = EventSourcedAggregate.initialize(new ActorAggregate(), model,
				null, NoSnapshotTriggerDefinition.TRIGGER);
		rebuilt.initializeState(
				storage.readEvents(actor).filter(event -> event.getSequenceNumber() <= snapshot.getSequenceNumber()));
		Long version = rebuilt.version();
		if (version == null || version != snapshot.getSequenceNumber()) {
			return "taken at event " + snapshot.getSequenceNumber() + ", but the stream ends at " + version;
		}
		return snapshot.getPayload() instanceof ActorAggregate taken && taken.sameStateAs(rebuilt.getAggregateRoot())
				? null : "not the state of events 0 to " + snapshot.getSequenceNumber();
	}

	private List<String> snapshottedActors() {
		return jdbc.queryForList("select aggregate_identifier from snapshot_event_entry where type = :type"
				+ " order by aggregate_identifier", Map.of("type", ACTOR_TYPE), String.class);
	}

	private void deleteSnapshot(String actor) {
		jdbc.update("delete from snapshot_event_entry where type = :type and aggregate_identifier = :actor",
				Map.of("type", ACTOR_TYPE, "actor", actor));
	}

}

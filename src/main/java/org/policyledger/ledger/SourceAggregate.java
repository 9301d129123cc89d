package org.policyledger.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.policyledger.api.PartialDate;
import org.policyledger.api.RegisterSource;
import org.policyledger.api.SourceId;
import org.policyledger.api.SourceRegistered;

/** A source document; registered once, and never published or retrieved in the future. */
@Aggregate
public class SourceAggregate {

	@AggregateIdentifier
	private SourceId sourceId;

	protected SourceAggregate() {
	}

	@CommandHandler
	public SourceAggregate(RegisterSource command, LedgerServices services) {
		services.requireNotFuture(command.published(), "publication date");
		if (command.retrievedOn() != null) {
			services.requireNotFuture(PartialDate.ofDay(command.retrievedOn()), "retrieval date");
		}
		services.claims().claimRegistration(command.id());
		apply(command.toEvent());
	}

	@EventSourcingHandler
	void on(SourceRegistered event) {
		sourceId = event.sourceId();
	}

}

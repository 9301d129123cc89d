package org.policyledger.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentRegistered;
import org.policyledger.api.RegisterInstrument;

/** An instrument; registered once, with the actor that issued it if known. */
@Aggregate
public class InstrumentAggregate {

	@AggregateIdentifier
	private InstrumentId instrumentId;

	protected InstrumentAggregate() {
	}

	@CommandHandler
	public InstrumentAggregate(RegisterInstrument command, LedgerServices services) {
		if (command.issuedBy() != null) {
			services.references().require(command.issuedBy());
		}
		command.topics().forEach(services.references()::require);
		services.claims().claimRegistration(command.id());
		apply(command.toEvent());
	}

	@EventSourcingHandler
	void on(InstrumentRegistered event) {
		instrumentId = event.instrumentId();
	}

}

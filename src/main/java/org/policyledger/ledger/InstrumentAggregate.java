package org.policyledger.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.ExpressedStance;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentKind;
import org.policyledger.api.InstrumentRegistered;
import org.policyledger.api.RegisterInstrument;
import org.policyledger.api.TopicId;

/** An instrument; registered once, with the actor that issued it if known. */
@Aggregate
public class InstrumentAggregate {

	/**
	 * The kinds of instrument whose signing, joining or ratification can express a
	 * stance.
	 */
	private static final Set<InstrumentKind> EXPRESSIVE = Stream
		.of(InstrumentKind.SIGNABLE, InstrumentKind.JOINABLE, InstrumentKind.BINDING)
		.flatMap(Set::stream)
		.collect(Collectors.toUnmodifiableSet());

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
		List<TopicId> expressed = command.expresses().stream().map(ExpressedStance::topicId).toList();
		expressed.forEach(services.references()::require);
		if (expressed.stream().distinct().count() < expressed.size()) {
			throw CommandRejectedException.invalid("instrument '" + command.instrumentId().value()
					+ "' states more than one stance expressed on a topic");
		}
		if (!command.expresses().isEmpty() && !EXPRESSIVE.contains(command.kind())) {
			throw CommandRejectedException.invalid("instrument '" + command.instrumentId().value() + "' is a "
					+ command.kind() + ": only what is signed, joined or ratified expresses a stance");
		}
		services.claims().claimRegistration(command.id());
		apply(command.toEvent());
	}

	@EventSourcingHandler
	void on(InstrumentRegistered event) {
		instrumentId = event.instrumentId();
	}

}

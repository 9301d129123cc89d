package org.policyledger.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.policyledger.api.RegisterTopic;
import org.policyledger.api.TopicId;
import org.policyledger.api.TopicRegistered;

/** A topic; it exists so that its slug is registered once. */
@Aggregate
public class TopicAggregate {

	@AggregateIdentifier
	private TopicId topicId;

	protected TopicAggregate() {
	}

	@CommandHandler
	public TopicAggregate(RegisterTopic command, LedgerServices services) {
		services.claims().claimRegistration(command.id());
		apply(command.toEvent());
	}

	@EventSourcingHandler
	void on(TopicRegistered event) {
		topicId = event.topicId();
	}

}

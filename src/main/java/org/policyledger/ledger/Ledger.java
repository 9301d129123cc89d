package org.policyledger.ledger;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.FactReceipt;
import org.policyledger.api.RecordFact;
import org.policyledger.api.Registration;

import org.springframework.stereotype.Service;

/**
 * The one way into the ledger, for the API and for data files alike: checks a command's
 * shape, sends it to its aggregate, and turns the framework's failures into rejections
 * that name what is wrong.
 */
@Service
public class Ledger {

	private static final int ATTEMPTS = 5;

	private final CommandGateway commands;

	private final Validator validator;

	public Ledger(CommandGateway commands, Validator validator) {
		this.commands = commands;
		this.validator = validator;
	}

	public void register(Registration registration) {
		validate(registration);
		try {
			commands.sendAndWait(registration);
		}
		catch (AggregateStreamCreationException | ConcurrencyException ex) {
			throw CommandRejectedException.conflict(registration.id().describe() + " is already registered");
		}
	}

	/**
	 * Records a fact. Within one service Axon locks the actor while a command runs;
	 * service nodes sharing one database race for the actor's next sequence number
	 * instead, and the loser's command is run again on the actor as it now is, up to
	 * {@value #ATTEMPTS} times.
	 */
	public FactReceipt record(RecordFact command) {
		validate(command);
		for (int attempt = 1;; attempt++) {
			try {
				return commands.sendAndWait(command);
			}
			catch (AggregateNotFoundException ex) {
				throw CommandRejectedException.unknown(command.actorId());
			}
			catch (ConcurrencyException ex) {
				if (attempt == ATTEMPTS) {
					throw CommandRejectedException.conflict("actor '" + command.actorId().value() + "' was changed by "
							+ ATTEMPTS + " concurrent writes while this fact was recorded; submit it again");
				}
			}
		}
	}

	private void validate(Object command) {
		List<String> errors = validator.validate(command)
			.stream()
			.map(Ledger::describe)
			.sorted(Comparator.naturalOrder())
			.toList();
		if (!errors.isEmpty()) {
			throw new InvalidCommandException(errors);
		}
	}

	private static String describe(ConstraintViolation<Object> violation) {
		return violation.getPropertyPath() + ": " + violation.getMessage();
	}

}

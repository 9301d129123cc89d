package org.policyledger.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers an instrument; records {@link InstrumentRegistered}. */
public record RegisterInstrument(@NotNull @TargetAggregateIdentifier InstrumentId instrumentId,
		@NotNull InstrumentKind kind, @NotBlank @Size(max = 500) String title, PartialDate date, ActorId issuedBy,
		@Pattern(regexp = Urls.PATTERN, message = Urls.MESSAGE) String url, @Size(max = 4000) String description,
		@Size(max = 20) List<@NotNull TopicId> topics,
		@Valid @Size(max = 20) List<@NotNull ExpressedStance> expresses) implements Registration {

	public RegisterInstrument {
		topics = topics == null ? List.of() : topics;
		expresses = expresses == null ? List.of() : expresses;
	}

	@Override
	public InstrumentId id() {
		return instrumentId;
	}

	@Override
	public InstrumentRegistered toEvent() {
		return new InstrumentRegistered(instrumentId, kind, title, date, issuedBy, url, description,
				List.copyOf(topics), List.copyOf(expresses));
	}

}

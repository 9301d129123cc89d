package org.policyledger.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers an instrument; records {@link InstrumentRegistered}. */
public record RegisterInstrument(@NotNull @TargetAggregateIdentifier InstrumentId instrumentId,
		@NotNull InstrumentKind kind, @NotBlank @Size(max = 500) String title, PartialDate date, ActorId issuedBy,
		@Pattern(regexp = Urls.PATTERN, message = Urls.MESSAGE) String url) implements Registration {

	@Override
	public InstrumentId id() {
		return instrumentId;
	}

}

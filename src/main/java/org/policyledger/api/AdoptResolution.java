package org.policyledger.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records {@link ResolutionAdopted}. */
public record AdoptResolution(FactId factId, @NotNull @TargetAggregateIdentifier ActorId actorId,
		@NotNull InstrumentId instrumentId, AdoptionMethod method, Tally tally, @Size(max = 2000) String note,
		@NotNull PartialDate validTime,
		@NotNull @Size(max = 20) List<@NotNull Citation> sources) implements InstrumentCommand {

	@Override
	public Set<InstrumentKind> instrumentKinds() {
		return InstrumentKind.ADOPTABLE;
	}

	@Override
	public ResolutionAdopted toEvent(FactId id, Instant recordedAt) {
		return new ResolutionAdopted(id, actorId, instrumentId, method, tally, note, validTime, sources, recordedAt);
	}

}

package org.policyledger.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records {@link ResolutionSponsored}. */
public record SponsorResolution(FactId factId, @NotNull @TargetAggregateIdentifier ActorId actorId,
		@NotNull InstrumentId instrumentId, @NotNull SponsorRole role, @Size(max = 2000) String note,
		@NotNull PartialDate validTime,
		@NotNull @Size(max = 20) List<@NotNull Citation> sources) implements InstrumentCommand {

	@Override
	public Set<InstrumentKind> instrumentKinds() {
		return InstrumentKind.SPONSORED;
	}

	@Override
	public ResolutionSponsored toEvent(FactId id, Instant recordedAt) {
		return new ResolutionSponsored(id, actorId, instrumentId, role, note, validTime, sources, recordedAt);
	}

}

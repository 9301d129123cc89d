package org.policyledger.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records {@link TreatyRatified}. */
public record RatifyTreaty(FactId factId, @NotNull @TargetAggregateIdentifier ActorId actorId,
		@NotNull InstrumentId instrumentId, @NotNull ConsentMeans means, @Size(max = 2000) String note,
		@NotNull PartialDate validTime,
		@NotNull @Size(max = 20) List<@NotNull Citation> sources) implements InstrumentCommand {

	@Override
	public Set<InstrumentKind> instrumentKinds() {
		return InstrumentKind.BINDING;
	}

	@Override
	public TreatyRatified toEvent(FactId id, Instant recordedAt) {
		return new TreatyRatified(id, actorId, instrumentId, means, note, validTime, sources, recordedAt);
	}

}

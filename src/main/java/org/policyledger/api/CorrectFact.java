package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records {@link FactCorrected}: {@code actorId} is the actor of the corrected fact,
 * found by the ledger when left out.
 */
public record CorrectFact(FactId factId, @TargetAggregateIdentifier ActorId actorId, @NotNull FactId correctedFactId,
		@NotNull Amendment amendment, @NotBlank @Size(max = 2000) String reason,
		@NotNull @Size(max = 20) List<@NotNull Citation> sources) implements AmendFact {

	@Override
	public FactId amendedFactId() {
		return correctedFactId;
	}

	@Override
	public CorrectFact byActor(ActorId actor) {
		return new CorrectFact(factId, actor, correctedFactId, amendment, reason, sources);
	}

	@Override
	public FactCorrected toEvent(FactId id, Instant recordedAt) {
		return new FactCorrected(id, actorId, correctedFactId, amendment, reason, sources, recordedAt);
	}

}

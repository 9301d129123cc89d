package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records {@link FactRetracted}: {@code actorId} is the actor of the retracted fact,
 * found by the ledger when left out.
 */
public record RetractFact(FactId factId, @TargetAggregateIdentifier ActorId actorId, @NotNull FactId retractedFactId,
		@NotBlank @Size(max = 2000) String reason,
		@NotNull @Size(max = 20) List<@NotNull Citation> sources) implements AmendFact {

	@Override
	public FactId amendedFactId() {
		return retractedFactId;
	}

	@Override
	public RetractFact byActor(ActorId actor) {
		return new RetractFact(factId, actor, retractedFactId, reason, sources);
	}

	@Override
	public FactRetracted toEvent(FactId id, Instant recordedAt) {
		return new FactRetracted(id, actorId, retractedFactId, reason, sources, recordedAt);
	}

}

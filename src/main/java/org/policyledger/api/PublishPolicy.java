package org.policyledger.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records {@link PolicyPublished}; {@code topics} lists what the policy addresses. */
public record PublishPolicy(FactId factId, @NotNull @TargetAggregateIdentifier ActorId actorId,
		@NotNull InstrumentId instrumentId, @NotBlank @Size(max = 2000) String summary,
		@Size(max = 20) List<@NotNull TopicId> topics, @NotNull PartialDate validTime,
		@NotNull @Size(max = 20) List<@NotNull Citation> sources) implements InstrumentCommand {

	@Override
	public Set<InstrumentKind> instrumentKinds() {
		return InstrumentKind.PUBLISHABLE;
	}

	public PublishPolicy {
		topics = topics == null ? List.of() : topics;
	}

	@Override
	public PolicyPublished toEvent(FactId id, Instant recordedAt) {
		return new PolicyPublished(id, actorId, instrumentId, summary, topics, validTime, sources, recordedAt);
	}

}

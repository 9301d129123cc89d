package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records {@link PositionStated}. */
public record StatePosition(FactId factId, @NotNull @TargetAggregateIdentifier ActorId actorId,
		@NotNull TopicId topicId, @NotNull Stance stance, @NotBlank @Size(max = 2000) String summary,
		@Size(max = 4000) String quote, Speaker speaker, @Size(max = 500) String venue, @NotNull PartialDate validTime,
		@NotNull @Size(max = 20) List<@NotNull Citation> sources) implements RecordFact {

	@Override
	public PositionStated toEvent(FactId id, Instant recordedAt) {
		return new PositionStated(id, actorId, topicId, stance, summary, quote, speaker, venue, validTime, sources,
				recordedAt);
	}

}

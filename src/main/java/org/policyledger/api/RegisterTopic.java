package org.policyledger.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a topic; records {@link TopicRegistered}. */
public record RegisterTopic(@NotNull @TargetAggregateIdentifier TopicId topicId, @NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 2000) String description) implements Registration {

	@Override
	public TopicId id() {
		return topicId;
	}

	@Override
	public TopicRegistered toEvent() {
		return new TopicRegistered(topicId, name, description);
	}

}

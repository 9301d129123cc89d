package org.policyledger.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers an actor; records {@link ActorRegistered}. */
public record RegisterActor(@NotNull @TargetAggregateIdentifier ActorId actorId, @NotNull ActorKind kind,
		@NotBlank @Size(max = 200) String name,
		@Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases) implements Registration {

	public RegisterActor {
		aliases = aliases == null ? List.of() : aliases;
	}

	@Override
	public ActorId id() {
		return actorId;
	}

	@Override
	public ActorRegistered toEvent() {
		return new ActorRegistered(actorId, kind, name, List.copyOf(aliases));
	}

}

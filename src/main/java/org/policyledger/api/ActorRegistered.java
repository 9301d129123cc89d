package org.policyledger.api;

import java.util.List;

import org.axonframework.serialization.Revision;

/** An actor the ledger can record facts about. */
@Revision("1")
public record ActorRegistered(ActorId actorId, ActorKind kind, String name,
		List<String> aliases) implements LedgerEvent {

}

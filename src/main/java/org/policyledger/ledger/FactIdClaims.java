package org.policyledger.ledger;

import org.policyledger.api.ActorId;
import org.policyledger.api.FactId;

/** Keeps fact ids unique across actors: a fact claims its id when it is recorded. */
@FunctionalInterface
public interface FactIdClaims {

	/** Claims the id for the actor, or rejects the command if another fact holds it. */
	void claim(FactId factId, ActorId actorId);

}

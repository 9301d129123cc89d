package org.policyledger.api;

import java.time.Instant;
import java.util.List;

/**
 * A fact in an actor's stream: a governance fact, or a correction or retraction of one.
 * {@code recordedAt} is the transaction time, when the ledger learned it.
 */
public sealed interface FactEvent extends LedgerEvent permits GovernanceFact, FactCorrected, FactRetracted {

	FactId factId();

	ActorId actorId();

	List<Citation> sources();

	Instant recordedAt();

}

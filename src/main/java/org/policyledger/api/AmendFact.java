package org.policyledger.api;

/**
 * A correction or a retraction: it amends an earlier fact, and belongs to that fact's
 * actor. Its {@code actorId} may be left out; the ledger then finds the actor by the
 * amended fact's id.
 */
public sealed interface AmendFact extends RecordFact permits CorrectFact, RetractFact {

	/** The fact it corrects or retracts. */
	FactId amendedFactId();

	/** The same amendment, addressed to the actor of the amended fact. */
	AmendFact byActor(ActorId actor);

}

package org.policyledger.api;

/** A command recording a fact about an instrument. */
public sealed interface InstrumentCommand extends RecordFact permits SignDeclaration, DeclineDeclaration,
		WithdrawSignature, LaunchInitiative, JoinInitiative, LeaveInitiative, AdoptResolution, CastVote, PublishPolicy {

	InstrumentId instrumentId();

	PartialDate validTime();

}

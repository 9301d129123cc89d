package org.policyledger.api;

import java.util.Set;

/** A command recording a fact about an instrument. */
public sealed interface InstrumentCommand extends RecordFact
		permits SignDeclaration, DeclineDeclaration, WithdrawSignature, RatifyTreaty, RecordEntryIntoForce,
		LaunchInitiative, JoinInitiative, LeaveInitiative, AdoptResolution, SponsorResolution, CastVote, PublishPolicy {

	InstrumentId instrumentId();

	PartialDate validTime();

	/** The kinds of instrument this fact can be about. */
	Set<InstrumentKind> instrumentKinds();

}

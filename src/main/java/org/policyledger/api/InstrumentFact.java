package org.policyledger.api;

/** A governance fact about an instrument: signing it, joining it, voting on it, ... */
public sealed interface InstrumentFact extends GovernanceFact permits DeclarationSigned, DeclarationDeclined,
		SignatureWithdrawn, TreatyRatified, TreatyEnteredIntoForce, InitiativeLaunched, InitiativeJoined,
		InitiativeLeft, ResolutionAdopted, ResolutionSponsored, VoteCast, PolicyPublished {

	InstrumentId instrumentId();

	/** A free-text note on the fact; facts without one answer null. */
	default String note() {
		return null;
	}

}

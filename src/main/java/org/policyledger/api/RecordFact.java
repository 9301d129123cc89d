package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A command to record a fact about an actor. In JSON its {@code type} is the name of the
 * event it records. {@code factId} may be left out, and the ledger then generates one; a
 * client that supplies it can resubmit safely.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = StatePosition.class, name = "PositionStated"),
		@JsonSubTypes.Type(value = SignDeclaration.class, name = "DeclarationSigned"),
		@JsonSubTypes.Type(value = DeclineDeclaration.class, name = "DeclarationDeclined"),
		@JsonSubTypes.Type(value = WithdrawSignature.class, name = "SignatureWithdrawn"),
		@JsonSubTypes.Type(value = RatifyTreaty.class, name = "TreatyRatified"),
		@JsonSubTypes.Type(value = RecordEntryIntoForce.class, name = "TreatyEnteredIntoForce"),
		@JsonSubTypes.Type(value = LaunchInitiative.class, name = "InitiativeLaunched"),
		@JsonSubTypes.Type(value = JoinInitiative.class, name = "InitiativeJoined"),
		@JsonSubTypes.Type(value = LeaveInitiative.class, name = "InitiativeLeft"),
		@JsonSubTypes.Type(value = AdoptResolution.class, name = "ResolutionAdopted"),
		@JsonSubTypes.Type(value = SponsorResolution.class, name = "ResolutionSponsored"),
		@JsonSubTypes.Type(value = CastVote.class, name = "VoteCast"),
		@JsonSubTypes.Type(value = PublishPolicy.class, name = "PolicyPublished"),
		@JsonSubTypes.Type(value = CorrectFact.class, name = "FactCorrected"),
		@JsonSubTypes.Type(value = RetractFact.class, name = "FactRetracted") })
public sealed interface RecordFact extends LedgerCommand permits StatePosition, InstrumentCommand, AmendFact {

	FactId factId();

	ActorId actorId();

	List<Citation> sources();

	/** The event this command records, once the ledger has given it an id and a time. */
	FactEvent toEvent(FactId id, Instant recordedAt);

}

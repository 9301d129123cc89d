package org.policyledger.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.policyledger.api.Recorder;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyledger.api.ActorId;
import org.policyledger.api.ActorKind;
import org.policyledger.api.ActorRegistered;
import org.policyledger.api.AdoptResolution;
import org.policyledger.api.AdoptionMethod;
import org.policyledger.api.Amendment;
import org.policyledger.api.CastVote;
import org.policyledger.api.Citation;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.CorrectFact;
import org.policyledger.api.DeclarationSigned;
import org.policyledger.api.DeclineDeclaration;
import org.policyledger.api.FactCorrected;
import org.policyledger.api.FactId;
import org.policyledger.api.FactReceipt;
import org.policyledger.api.FactRetracted;
import org.policyledger.api.InitiativeJoined;
import org.policyledger.api.InitiativeLaunched;
import org.policyledger.api.InitiativeLeft;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentKind;
import org.policyledger.api.JoinInitiative;
import org.policyledger.api.LaunchInitiative;
import org.policyledger.api.LeaveInitiative;
import org.policyledger.api.LedgerId;
import org.policyledger.api.PartialDate;
import org.policyledger.api.PositionStated;
import org.policyledger.api.PublishPolicy;
import org.policyledger.api.RegisterActor;
import org.policyledger.api.RetractFact;
import org.policyledger.api.SignDeclaration;
import org.policyledger.api.SignatureWithdrawn;
import org.policyledger.api.SponsorResolution;
import org.policyledger.api.SponsorRole;
import org.policyledger.api.TreatyRatified;
import org.policyledger.api.RatifyTreaty;
import org.policyledger.api.RecordEntryIntoForce;
import org.policyledger.api.ConsentMeans;
import org.policyledger.api.SourceId;
import org.policyledger.api.Stance;
import org.policyledger.api.StatePosition;
import org.policyledger.api.Tally;
import org.policyledger.api.TopicId;
import org.policyledger.api.Vote;
import org.policyledger.api.VoteCast;
import org.policyledger.api.WithdrawSignature;

class ActorAggregateTest {

	private static final Instant NOW = Instant.parse("2025-10-01T12:00:00Z");

	private static final ActorId USA = ActorId.of("USA");

	private static final TopicId TOPIC = TopicId.of("multilateral-ai-governance");

	private static final InstrumentId DECLARATION = InstrumentId.of("bletchley-declaration-2023");

	private static final InstrumentId INITIATIVE = InstrumentId.of("gpai");

	private static final InstrumentId ROLL_CALL = InstrumentId.of("unga-rc-9000");

	private static final InstrumentId PLAN = InstrumentId.of("us-ai-action-plan-2025");

	private static final InstrumentId TREATY = InstrumentId.of("coe-ai-convention");

	private static final SourceId SOURCE = SourceId.of("csis");

	private static final List<Citation> CITED = List.of(new Citation(SOURCE, "In 2019, Washington endorsed ..."));

	private static final PartialDate WHEN = PartialDate.parse("2023-11-01");

	private static final ActorRegistered REGISTERED = new ActorRegistered(USA, ActorKind.STATE, "United States",
			List.of());

	private static final ActorId UN = ActorId.of("UN");

	private static final ActorRegistered UN_REGISTERED = new ActorRegistered(UN, ActorKind.INTERNATIONAL_ORGANISATION,
			"United Nations", List.of());

	private final RegisteredIds registered = new RegisteredIds().with(TOPIC, SOURCE)
		.instrument(DECLARATION, InstrumentKind.DECLARATION)
		.instrument(INITIATIVE, InstrumentKind.INITIATIVE)
		.instrument(ROLL_CALL, InstrumentKind.ROLL_CALL)
		.instrument(PLAN, InstrumentKind.ACTION_PLAN)
		.instrument(TREATY, InstrumentKind.TREATY);

	private final ClaimedIds claims = new ClaimedIds();

	private FixtureConfiguration<ActorAggregate> fixture;

	private LedgerServices services;

	@BeforeEach
	void setUp() {
		AtomicInteger generated = new AtomicInteger();
		fixture = new AggregateTestFixture<>(ActorAggregate.class);
		services = new LedgerServices(Clock.fixed(NOW, ZoneOffset.UTC),
				() -> FactId.of("generated-" + generated.incrementAndGet()), claims, registered,
				JsonContentDigests.create());
		fixture.registerInjectableResource(services);
	}

	private static StatePosition position(String factId, List<Citation> sources) {
		return new StatePosition(factId == null ? null : FactId.of(factId), USA, TOPIC, Stance.SUPPORTS,
				"Supports a role for international institutions", null, null, null, WHEN, sources);
	}

	private static PositionStated stated(String factId) {
		return position(factId, CITED).toEvent(FactId.of(factId), NOW);
	}

	private static SignDeclaration sign(String factId) {
		return new SignDeclaration(FactId.of(factId), USA, DECLARATION, null, WHEN, CITED);
	}

	private static DeclarationSigned signed(String factId) {
		return sign(factId).toEvent(FactId.of(factId), NOW);
	}

	private static DeclarationSigned signedTreaty(String factId) {
		return new SignDeclaration(FactId.of(factId), USA, TREATY, null, WHEN, CITED).toEvent(FactId.of(factId), NOW);
	}

	private static RatifyTreaty ratify(String factId, ConsentMeans means) {
		return new RatifyTreaty(FactId.of(factId), USA, TREATY, means, null, WHEN, CITED);
	}

	private static TreatyRatified ratified(String factId, ConsentMeans means) {
		return ratify(factId, means).toEvent(FactId.of(factId), NOW);
	}

	private static RecordEntryIntoForce inForce(String factId) {
		return new RecordEntryIntoForce(FactId.of(factId), USA, TREATY, null, WHEN, CITED);
	}

	private static JoinInitiative join(String factId) {
		return new JoinInitiative(FactId.of(factId), USA, INITIATIVE, null, WHEN, CITED);
	}

	private static CastVote vote(String factId) {
		return new CastVote(FactId.of(factId), USA, ROLL_CALL, Vote.YES, null, WHEN, CITED);
	}

	private static CorrectFact correct(String target, Amendment amendment) {
		return new CorrectFact(FactId.of("c-" + target), USA, FactId.of(target), amendment, "misread the source",
				CITED);
	}

	private static RetractFact retract(String target) {
		return new RetractFact(FactId.of("r-" + target), USA, FactId.of(target), "not supported by the source", CITED);
	}

	private static Amendment stance(Stance stance) {
		return new Amendment(null, stance, null, null, null);
	}

	@Test
	void registersActor() {
		fixture.givenNoPriorActivity()
			.when(new RegisterActor(USA, ActorKind.STATE, "United States", null))
			.expectEvents(REGISTERED);
	}

	@Test
	void rejectsAStateWhoseIdIsNotAnIsoCode() {
		fixture.givenNoPriorActivity()
			.when(new RegisterActor(ActorId.of("XX"), ActorKind.STATE, "Nowhere", null))
			.expectNoEvents()
			.expectExceptionMessage("actor 'XX' is registered as a STATE but is not an ISO 3166-1 alpha-3 code;"
					+ " register a state that no longer exists as a FORMER_STATE, a union such as the EU as a BLOC");
	}

	@Test
	void registersAFormerStateUnderItsHistoricalCode() {
		ActorRegistered yugoslavia = new ActorRegistered(ActorId.of("YUG"), ActorKind.FORMER_STATE, "Yugoslavia",
				List.of());
		fixture.givenNoPriorActivity()
			.when(new RegisterActor(ActorId.of("YUG"), ActorKind.FORMER_STATE, "Yugoslavia", List.of()))
			.expectEvents(yugoslavia);
	}

	@Test
	void rejectsActorDifferingOnlyInCaseFromARegisteredOne() {
		claims.registered(ActorId.of("usa"));
		fixture.givenNoPriorActivity()
			.when(new RegisterActor(USA, ActorKind.STATE, "United States", null))
			.expectNoEvents()
			.expectExceptionMessage(
					"actor 'USA' differs only in case from the registered actor 'usa'; ids are compared ignoring case");
	}

	@Test
	void rejectsAFactIdDifferingOnlyInCaseFromAnotherFacts() {
		claims.factRecorded(FactId.of("P1"));
		fixture.given(REGISTERED)
			.when(position("p1", CITED))
			.expectNoEvents()
			.expectExceptionMessage("fact id 'p1' is already used by another fact (ids are compared ignoring case)");
	}

	@Test
	void recordsPositionWithTheRecordingClocksTime() {
		fixture.given(REGISTERED)
			.when(position("p1", CITED))
			.expectEvents(stated("p1"))
			.expectResultMessagePayload(new FactReceipt(FactId.of("p1"), false));
	}

	@Test
	void generatesFactIdWhenTheClientGivesNone() {
		fixture.given(REGISTERED)
			.when(position(null, CITED))
			.expectEvents(position(null, CITED).toEvent(FactId.of("generated-1"), NOW));
	}

	@Test
	void rejectsPositionWithoutSource() {
		fixture.given(REGISTERED)
			.when(position("p1", List.of()))
			.expectNoEvents()
			.expectException(CommandRejectedException.class)
			.expectExceptionMessage("a fact must cite at least one source");
	}

	@Test
	void rejectsCitationOfUnknownSource() {
		fixture.given(REGISTERED)
			.when(position("p1", List.of(new Citation(SourceId.of("nowhere"), "a passage"))))
			.expectNoEvents()
			.expectExceptionMessage("unknown source 'nowhere'");
	}

	@Test
	void rejectsPositionOnUnknownTopic() {
		registered.remove(TOPIC);
		fixture.given(REGISTERED)
			.when(position("p1", CITED))
			.expectNoEvents()
			.expectExceptionMessage("unknown topic 'multilateral-ai-governance'");
	}

	@Test
	void rejectsFactAboutUnknownInstrument() {
		registered.remove(DECLARATION);
		fixture.given(REGISTERED)
			.when(sign("s1"))
			.expectNoEvents()
			.expectExceptionMessage("unknown instrument 'bletchley-declaration-2023'");
	}

	@Test
	void rejectsFactAboutUnknownActor() {
		fixture.givenNoPriorActivity().when(position("p1", CITED)).expectException(AggregateNotFoundException.class);
	}

	@Test
	void rejectsValidTimeInTheFutureOfTheRecordingClock() {
		fixture.given(REGISTERED)
			.when(new SignDeclaration(FactId.of("s1"), USA, DECLARATION, null, PartialDate.parse("2025-10-02"), CITED))
			.expectNoEvents()
			.expectExceptionMessage(
					"valid time 2025-10-02 is in the future of the recording clock (today is 2025-10-01)");
	}

	@Test
	void acceptsTheCurrentYearAsValidTime() {
		SignDeclaration thisYear = new SignDeclaration(FactId.of("s1"), USA, DECLARATION, null,
				PartialDate.parse("2025"), CITED);
		fixture.given(REGISTERED).when(thisYear).expectEvents(thisYear.toEvent(FactId.of("s1"), NOW));
	}

	@Test
	void rejectsSigningAnInstrumentTwice() {
		fixture.given(REGISTERED, signed("s1"))
			.when(sign("s2"))
			.expectNoEvents()
			.expectExceptionMessage("actor 'USA' has already signed instrument 'bletchley-declaration-2023'");
	}

	@Test
	void allowsSigningAgainAfterWithdrawal() {
		SignatureWithdrawn withdrawn = new WithdrawSignature(FactId.of("w1"), USA, DECLARATION, null, WHEN, CITED)
			.toEvent(FactId.of("w1"), NOW);
		fixture.given(REGISTERED, signed("s1"), withdrawn).when(sign("s2")).expectEvents(signed("s2"));
	}

	@Test
	void rejectsWithdrawingASignatureNeverGiven() {
		fixture.given(REGISTERED)
			.when(new WithdrawSignature(FactId.of("w1"), USA, DECLARATION, null, WHEN, CITED))
			.expectNoEvents()
			.expectExceptionMessage(
					"actor 'USA' cannot withdraw from what it has not signed: instrument 'bletchley-declaration-2023'");
	}

	@Test
	void rejectsDecliningAnInstrumentItSigned() {
		fixture.given(REGISTERED, signed("s1"))
			.when(new DeclineDeclaration(FactId.of("d1"), USA, DECLARATION, null, WHEN, CITED))
			.expectNoEvents()
			.expectException(CommandRejectedException.class);
	}

	@Test
	void ratifiesATreatyItSigned() {
		fixture.given(REGISTERED, signedTreaty("s1"))
			.when(ratify("r1", ConsentMeans.RATIFICATION))
			.expectEvents(ratified("r1", ConsentMeans.RATIFICATION));
	}

	@Test
	void rejectsRatifyingATreatyItDidNotSign() {
		fixture.given(REGISTERED)
			.when(ratify("r1", ConsentMeans.APPROVAL))
			.expectNoEvents()
			.expectExceptionMessage("actor 'USA' cannot ratify, accept or approve what it has not signed (a state"
					+ " that did not sign becomes a party by ACCESSION): instrument 'coe-ai-convention'");
	}

	@Test
	void accedesToATreatyWithoutHavingSignedIt() {
		fixture.given(REGISTERED)
			.when(ratify("a1", ConsentMeans.ACCESSION))
			.expectEvents(ratified("a1", ConsentMeans.ACCESSION));
	}

	@Test
	void rejectsBecomingAPartyTwice() {
		fixture.given(REGISTERED, signedTreaty("s1"), ratified("r1", ConsentMeans.RATIFICATION))
			.when(ratify("a1", ConsentMeans.ACCESSION))
			.expectNoEvents()
			.expectExceptionMessage("actor 'USA' is already a party to instrument 'coe-ai-convention'");
	}

	@Test
	void rejectsRatifyingAnInstrumentThatIsNotATreaty() {
		fixture.given(REGISTERED, signed("s1"))
			.when(new RatifyTreaty(FactId.of("r1"), USA, DECLARATION, ConsentMeans.RATIFICATION, null, WHEN, CITED))
			.expectNoEvents()
			.expectExceptionMessage("instrument 'bletchley-declaration-2023' is registered as DECLARATION,"
					+ " and this fact can only be about TREATY");
	}

	@Test
	void rejectsWithdrawingTheSignatureOfATreatyItIsAPartyTo() {
		fixture.given(REGISTERED, signedTreaty("s1"), ratified("r1", ConsentMeans.RATIFICATION))
			.when(new WithdrawSignature(FactId.of("w1"), USA, TREATY, null, WHEN, CITED))
			.expectNoEvents()
			.expectExceptionMessage("actor 'USA' cannot withdraw its signature from a treaty it is a party to:"
					+ " instrument 'coe-ai-convention'");
	}

	@Test
	void recordsATreatyEnteringIntoForceForAParty() {
		fixture.given(REGISTERED, ratified("a1", ConsentMeans.ACCESSION))
			.when(inForce("f1"))
			.expectEvents(inForce("f1").toEvent(FactId.of("f1"), NOW));
	}

	@Test
	void rejectsEntryIntoForceForAnActorThatIsNotAParty() {
		fixture.given(REGISTERED, signedTreaty("s1"))
			.when(inForce("f1"))
			.expectNoEvents()
			.expectExceptionMessage("actor 'USA' is not a party (it has not ratified, accepted, approved or acceded"
					+ " to) instrument 'coe-ai-convention'");
	}

	@Test
	void rejectsATreatyEnteringIntoForceTwiceForTheSameParty() {
		fixture.given(REGISTERED, ratified("a1", ConsentMeans.ACCESSION), inForce("f1").toEvent(FactId.of("f1"), NOW))
			.when(inForce("f2"))
			.expectNoEvents()
			.expectExceptionMessage("actor 'USA' already has in force instrument 'coe-ai-convention'");
	}

	@Test
	void aRetractedRatificationNoLongerMakesAParty() {
		fixture.given(REGISTERED, ratified("a1", ConsentMeans.ACCESSION), retract("a1").toEvent(FactId.of("r-a1"), NOW))
			.when(inForce("f1"))
			.expectNoEvents()
			.expectException(CommandRejectedException.class);
	}

	@Test
	void recordsTheSponsorOfAResolution() {
		SponsorResolution sponsor = new SponsorResolution(FactId.of("p1"), USA, ROLL_CALL, SponsorRole.PENHOLDER, null,
				WHEN, CITED);
		fixture.given(REGISTERED).when(sponsor).expectEvents(sponsor.toEvent(FactId.of("p1"), NOW));
	}

	@Test
	void rejectsSponsoringTheSameResolutionTwice() {
		fixture
			.given(REGISTERED,
					new SponsorResolution(FactId.of("p1"), USA, ROLL_CALL, SponsorRole.SPONSOR, null, WHEN, CITED)
						.toEvent(FactId.of("p1"), NOW))
			.when(new SponsorResolution(FactId.of("p2"), USA, ROLL_CALL, SponsorRole.CO_SPONSOR, null, WHEN, CITED))
			.expectNoEvents()
			.expectExceptionMessage("actor 'USA' has already sponsored instrument 'unga-rc-9000'");
	}

	@Test
	void rejectsSponsoringAnInstrumentThatIsNotAResolution() {
		fixture.given(REGISTERED)
			.when(new SponsorResolution(FactId.of("p1"), USA, DECLARATION, SponsorRole.SPONSOR, null, WHEN, CITED))
			.expectNoEvents()
			.expectExceptionMessage("instrument 'bletchley-declaration-2023' is registered as DECLARATION,"
					+ " and this fact can only be about RESOLUTION, ROLL_CALL");
	}

	@Test
	void rejectsJoiningAnInitiativeTwice() {
		InitiativeJoined joined = join("j1").toEvent(FactId.of("j1"), NOW);
		fixture.given(REGISTERED, joined)
			.when(join("j2"))
			.expectNoEvents()
			.expectExceptionMessage("actor 'USA' is already a member of instrument 'gpai'");
	}

	@Test
	void rejectsLaunchingAnInitiativeItIsMemberOf() {
		InitiativeJoined joined = join("j1").toEvent(FactId.of("j1"), NOW);
		fixture.given(REGISTERED, joined)
			.when(new LaunchInitiative(FactId.of("l1"), USA, INITIATIVE, null, WHEN, CITED))
			.expectNoEvents()
			.expectException(CommandRejectedException.class);
	}

	@Test
	void rejectsLeavingAnInitiativeNotJoined() {
		fixture.given(REGISTERED)
			.when(new LeaveInitiative(FactId.of("x1"), USA, INITIATIVE, null, WHEN, CITED))
			.expectNoEvents()
			.expectExceptionMessage("actor 'USA' cannot leave what it has not joined: instrument 'gpai'");
	}

	@Test
	void allowsLeavingAnInitiativeItLaunched() {
		InitiativeLaunched launched = new LaunchInitiative(FactId.of("l1"), USA, INITIATIVE, null, WHEN, CITED)
			.toEvent(FactId.of("l1"), NOW);
		LeaveInitiative leave = new LeaveInitiative(FactId.of("x1"), USA, INITIATIVE, null, WHEN, CITED);
		fixture.given(REGISTERED, launched).when(leave).expectEvents(leave.toEvent(FactId.of("x1"), NOW));
	}

	@Test
	void allowsRejoiningAfterLeaving() {
		InitiativeJoined joined = join("j1").toEvent(FactId.of("j1"), NOW);
		InitiativeLeft left = new LeaveInitiative(FactId.of("x1"), USA, INITIATIVE, null, WHEN, CITED)
			.toEvent(FactId.of("x1"), NOW);
		fixture.given(REGISTERED, joined, left).when(join("j2")).expectEvents(join("j2").toEvent(FactId.of("j2"), NOW));
	}

	@Test
	void rejectsVotingTwiceOnTheSameRollCall() {
		VoteCast cast = vote("v1").toEvent(FactId.of("v1"), NOW);
		fixture.given(REGISTERED, cast)
			.when(vote("v2"))
			.expectNoEvents()
			.expectExceptionMessage("actor 'USA' has already voted on instrument 'unga-rc-9000'");
	}

	private static AdoptResolution adopt(String factId, ActorId actor) {
		return new AdoptResolution(FactId.of(factId), actor, DECLARATION, AdoptionMethod.CONSENSUS, null, null, WHEN,
				CITED);
	}

	@Test
	void adoptsAResolutionAsAnOrganisation() {
		fixture.given(UN_REGISTERED).when(adopt("a1", UN)).expectEvents(adopt("a1", UN).toEvent(FactId.of("a1"), NOW));
	}

	@Test
	void rejectsAdoptionByAState() {
		fixture.given(REGISTERED)
			.when(adopt("a1", USA))
			.expectNoEvents()
			.expectExceptionMessage(
					"actor 'USA' is a STATE; resolutions are adopted by an organisation, a bloc or a group");
	}

	@Test
	void rejectsASecondAdoptionOfTheSameResolution() {
		fixture.given(UN_REGISTERED, adopt("a1", UN).toEvent(FactId.of("a1"), NOW))
			.when(adopt("a2", UN))
			.expectNoEvents()
			.expectExceptionMessage("actor 'UN' has already adopted instrument 'bletchley-declaration-2023'");
	}

	@Test
	void rejectsAdoptionByVoteWithoutTally() {
		fixture.given(UN_REGISTERED)
			.when(new AdoptResolution(FactId.of("a1"), UN, DECLARATION, AdoptionMethod.VOTE, null, null, WHEN, CITED))
			.expectNoEvents()
			.expectExceptionMessage("a resolution adopted by vote needs its tally");
	}

	@Test
	void recordsAnAdoptionWithoutAVoteAndWithoutATally() {
		AdoptResolution command = new AdoptResolution(FactId.of("a1"), UN, DECLARATION, AdoptionMethod.WITHOUT_VOTE,
				null, null, WHEN, CITED);
		fixture.given(UN_REGISTERED).when(command).expectEvents(command.toEvent(FactId.of("a1"), NOW));
	}

	@Test
	void rejectsTallyForAdoptionByConsensus() {
		fixture.given(UN_REGISTERED)
			.when(new AdoptResolution(FactId.of("a1"), UN, DECLARATION, AdoptionMethod.CONSENSUS, new Tally(1, 0, 0),
					null, WHEN, CITED))
			.expectNoEvents()
			.expectExceptionMessage("a tally is only recorded for a resolution adopted by vote");
	}

	@Test
	void rejectsAVoteOnAnInstrumentThatIsNotVotedOn() {
		fixture.given(REGISTERED)
			.when(new CastVote(FactId.of("v1"), USA, DECLARATION, Vote.YES, null, WHEN, CITED))
			.expectNoEvents()
			.expectExceptionMessage("instrument 'bletchley-declaration-2023' is registered as DECLARATION,"
					+ " and this fact can only be about RESOLUTION, ROLL_CALL");
	}

	@Test
	void rejectsASignatureOfAnInstrumentThatIsNotSigned() {
		fixture.given(REGISTERED)
			.when(new SignDeclaration(FactId.of("s1"), USA, INITIATIVE, null, WHEN, CITED))
			.expectNoEvents()
			.expectExceptionMessage("instrument 'gpai' is registered as INITIATIVE,"
					+ " and this fact can only be about ACTION_PLAN, DECLARATION, PRINCIPLES, TREATY");
	}

	@Test
	void rejectsJoiningAnInstrumentThatIsNotAnInitiativeOrBody() {
		fixture.given(REGISTERED)
			.when(new JoinInitiative(FactId.of("j1"), USA, DECLARATION, null, WHEN, CITED))
			.expectNoEvents()
			.expectExceptionMessage("instrument 'bletchley-declaration-2023' is registered as DECLARATION,"
					+ " and this fact can only be about BODY, INITIATIVE");
	}

	@Test
	void rejectsAdoptingAnInstrumentThatIsNotAdopted() {
		fixture.given(UN_REGISTERED)
			.when(new AdoptResolution(FactId.of("a1"), UN, INITIATIVE, AdoptionMethod.CONSENSUS, null, null, WHEN,
					CITED))
			.expectNoEvents()
			.expectExceptionMessage("instrument 'gpai' is registered as INITIATIVE, and this fact can only be about"
					+ " ACTION_PLAN, DECLARATION, PRINCIPLES, RESOLUTION, ROLL_CALL, TREATY");
	}

	@Test
	void rejectsPublishingAnInstrumentThatIsNotAPolicyPlanOrReport() {
		fixture.given(REGISTERED)
			.when(new PublishPolicy(FactId.of("pp1"), USA, DECLARATION, "A declaration", List.of(TOPIC), WHEN, CITED))
			.expectNoEvents()
			.expectExceptionMessage("instrument 'bletchley-declaration-2023' is registered as DECLARATION,"
					+ " and this fact can only be about ACTION_PLAN, POLICY, REPORT");
	}

	@Test
	void rejectsPolicyAddressingUnknownTopic() {
		fixture.given(REGISTERED)
			.when(new PublishPolicy(FactId.of("pp1"), USA, PLAN, "An action plan", List.of(TopicId.of("unheard-of")),
					WHEN, CITED))
			.expectNoEvents()
			.expectExceptionMessage("unknown topic 'unheard-of'");
	}

	@Test
	void answersAResubmissionFromTheRecord() {
		fixture.given(REGISTERED, stated("p1"))
			.when(position("p1", CITED))
			.expectNoEvents()
			.expectResultMessagePayload(new FactReceipt(FactId.of("p1"), true));
	}

	@Test
	void rejectsAResubmissionWithDifferentContent() {
		StatePosition changed = new StatePosition(FactId.of("p1"), USA, TOPIC, Stance.OPPOSES, "Changed its mind", null,
				null, null, WHEN, CITED);
		fixture.given(REGISTERED, stated("p1"))
			.when(changed)
			.expectNoEvents()
			.expectExceptionMessage(
					"fact 'p1' is already recorded with different content; record a correction instead");
	}

	@Test
	void rejectsAFactIdUsedByAnotherActor() {
		claims.factRecorded(FactId.of("p1"));
		fixture.given(REGISTERED)
			.when(position("p1", CITED))
			.expectNoEvents()
			.expectExceptionMessage("fact id 'p1' is already used by another fact (ids are compared ignoring case)");
	}

	@Test
	void correctsAFactWithoutErasingIt() {
		CorrectFact correction = correct("p1", stance(Stance.OPPOSES));
		FactCorrected corrected = correction.toEvent(FactId.of("c-p1"), NOW);
		fixture.given(REGISTERED, stated("p1")).when(correction).expectEvents(corrected);
	}

	@Test
	void rejectsCorrectingAFactThatDoesNotExist() {
		fixture.given(REGISTERED)
			.when(correct("p9", stance(Stance.OPPOSES)))
			.expectNoEvents()
			.expectExceptionMessage("cannot correct fact 'p9': no such fact of actor 'USA'");
	}

	@Test
	void rejectsCorrectingARetractedFact() {
		FactRetracted retracted = retract("p1").toEvent(FactId.of("r-p1"), NOW);
		fixture.given(REGISTERED, stated("p1"), retracted)
			.when(correct("p1", stance(Stance.OPPOSES)))
			.expectNoEvents()
			.expectExceptionMessage("cannot correct fact 'p1': it is already retracted");
	}

	@Test
	void rejectsCorrectingACorrection() {
		FactCorrected corrected = correct("p1", stance(Stance.OPPOSES)).toEvent(FactId.of("c-p1"), NOW);
		fixture.given(REGISTERED, stated("p1"), corrected)
			.when(correct("c-p1", stance(Stance.MIXED)))
			.expectNoEvents()
			.expectException(CommandRejectedException.class);
	}

	@Test
	void rejectsAnAmendmentThatDoesNotFitTheFact() {
		fixture.given(REGISTERED, signed("s1"))
			.when(correct("s1", stance(Stance.OPPOSES)))
			.expectNoEvents()
			.expectExceptionMessage("a correction cannot change the stance of a DeclarationSigned");
	}

	@Test
	void rejectsACorrectedValidTimeInTheFuture() {
		fixture.given(REGISTERED, stated("p1"))
			.when(correct("p1", new Amendment(PartialDate.parse("2026"), null, null, null, null)))
			.expectNoEvents()
			.expectException(CommandRejectedException.class);
	}

	@Test
	void retractsAFact() {
		fixture.given(REGISTERED, stated("p1"))
			.when(retract("p1"))
			.expectEvents(retract("p1").toEvent(FactId.of("r-p1"), NOW));
	}

	@Test
	void rejectsRetractingAFactThatDoesNotExist() {
		fixture.given(REGISTERED)
			.when(retract("p9"))
			.expectNoEvents()
			.expectExceptionMessage("cannot retract fact 'p9': no such fact of actor 'USA'");
	}

	@Test
	void rejectsRetractingTwice() {
		FactRetracted retracted = retract("p1").toEvent(FactId.of("r-p1"), NOW);
		fixture.given(REGISTERED, stated("p1"), retracted)
			.when(new RetractFact(FactId.of("r2"), USA, FactId.of("p1"), "again", CITED))
			.expectNoEvents()
			.expectExceptionMessage("cannot retract fact 'p1': it is already retracted");
	}

	@Test
	void aRetractedSignatureNoLongerCounts() {
		FactRetracted retracted = retract("s1").toEvent(FactId.of("r-s1"), NOW);
		fixture.given(REGISTERED, signed("s1"), retracted).when(sign("s2")).expectEvents(signed("s2"));
	}

	@Test
	void answersARetryWithTheSameIdempotencyKeyFromTheRecord() {
		Map<String, String> key = Map.of(LedgerServices.IDEMPOTENCY_KEY, "retry-1", Recorder.META_DATA_KEY, "alice");
		FactId derived = services.idempotentId(MetaData.from(key));
		fixture.given(REGISTERED, position(null, CITED).toEvent(derived, NOW))
			.when(position(null, CITED), key)
			.expectNoEvents()
			.expectResultMessagePayload(new FactReceipt(derived, true));
	}

	@Test
	void refusesOtherContentUnderAnIdempotencyKeyAlreadyUsed() {
		Map<String, String> key = Map.of(LedgerServices.IDEMPOTENCY_KEY, "retry-1", Recorder.META_DATA_KEY, "alice");
		FactId derived = services.idempotentId(MetaData.from(key));
		fixture.given(REGISTERED, position(null, CITED).toEvent(derived, NOW))
			.when(new StatePosition(null, USA, TOPIC, Stance.OPPOSES, "Another position", null, null, null, WHEN,
					CITED), key)
			.expectNoEvents()
			.expectExceptionMessage("fact '" + derived.value()
					+ "' is already recorded with different content under this Idempotency-Key;"
					+ " record a correction instead");
	}

	@Test
	void recordsAnImportedFactAtTheClocksTimeKeepingItsOriginalTimeAsData() {
		Instant earlier = Instant.parse("2024-01-01T00:00:00Z");
		fixture.given(REGISTERED)
			.when(position("p1", CITED), Map.of(LedgerServices.ORIGINALLY_RECORDED_AT, earlier))
			.expectEvents(GenericEventMessage.asEventMessage(position("p1", CITED).toEvent(FactId.of("p1"), NOW))
				.andMetaData(Map.of(LedgerServices.ORIGINALLY_RECORDED_AT, earlier.toString())));
	}

	@Test
	void rejectsAnOriginalRecordingTimeInTheFuture() {
		fixture.given(REGISTERED)
			.when(position("p1", CITED), Map.of(LedgerServices.ORIGINALLY_RECORDED_AT, NOW.plusSeconds(1)))
			.expectNoEvents()
			.expectExceptionMessage(
					"original recording time 2025-10-01T12:00:01Z is in the future of the recording clock");
	}

}

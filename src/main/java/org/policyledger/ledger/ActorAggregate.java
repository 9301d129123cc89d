package org.policyledger.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
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
import org.policyledger.api.FactEvent;
import org.policyledger.api.FactId;
import org.policyledger.api.FactReceipt;
import org.policyledger.api.FactRetracted;
import org.policyledger.api.GovernanceFact;
import org.policyledger.api.InitiativeJoined;
import org.policyledger.api.InitiativeLaunched;
import org.policyledger.api.InitiativeLeft;
import org.policyledger.api.InstrumentCommand;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentKind;
import org.policyledger.api.JoinInitiative;
import org.policyledger.api.LaunchInitiative;
import org.policyledger.api.LeaveInitiative;
import org.policyledger.api.PolicyPublished;
import org.policyledger.api.PositionStated;
import org.policyledger.api.PublishPolicy;
import org.policyledger.api.RecordFact;
import org.policyledger.api.RegisterActor;
import org.policyledger.api.ResolutionAdopted;
import org.policyledger.api.ResolutionSponsored;
import org.policyledger.api.RetractFact;
import org.policyledger.api.RatifyTreaty;
import org.policyledger.api.RecordEntryIntoForce;
import org.policyledger.api.SignDeclaration;
import org.policyledger.api.SponsorResolution;
import org.policyledger.api.SignatureWithdrawn;
import org.policyledger.api.TreatyEnteredIntoForce;
import org.policyledger.api.TreatyRatified;
import org.policyledger.api.StatePosition;
import org.policyledger.api.VoteCast;
import org.policyledger.api.WithdrawSignature;

/**
 * An actor and every fact recorded about it. The consistency boundary for the rules that
 * depend on what the actor already did: signing, membership, votes, corrections. Its
 * snapshot is its fields as JSON ({@link LongLoadSnapshots}); the revision changes with
 * them, and a snapshot of another revision is passed over.
 */
@Aggregate(cache = "actorCache", snapshotTriggerDefinition = "actorSnapshots")
@Revision("2")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE)
public class ActorAggregate {

	/** The ids a STATE may have: ISO 3166-1 alpha-3 codes, as the JDK knows them. */
	private static final Set<String> STATES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

	/** Who may adopt a resolution: bodies and groups, not states or companies. */
	private static final Set<ActorKind> ADOPTERS = Set.of(ActorKind.INTERNATIONAL_ORGANISATION, ActorKind.BLOC,
			ActorKind.GROUP);

	@AggregateIdentifier
	private ActorId actorId;

	private final RecordedFacts facts = new RecordedFacts();

	private final Set<FactId> retracted = new HashSet<>();

	private final Set<InstrumentId> signed = new HashSet<>();

	/** Treaties the actor has consented to be bound by: it is a party to them. */
	private final Set<InstrumentId> bound = new HashSet<>();

	/** Treaties in force for the actor. */
	private final Set<InstrumentId> inForce = new HashSet<>();

	private final Set<InstrumentId> memberOf = new HashSet<>();

	private final Set<InstrumentId> votedOn = new HashSet<>();

	private final Set<InstrumentId> sponsored = new HashSet<>();

	private final Set<InstrumentId> adopted = new HashSet<>();

	private ActorKind kind;

	protected ActorAggregate() {
	}

	@CommandHandler
	public ActorAggregate(RegisterActor command, LedgerServices services) {
		services.claims().claimRegistration(command.id());
		if (command.kind() == ActorKind.STATE && !STATES.contains(command.actorId().value())) {
			throw CommandRejectedException.invalid("actor '" + command.actorId().value()
					+ "' is registered as a STATE but is not an ISO 3166-1 alpha-3 code; register a state that no"
					+ " longer exists as a FORMER_STATE, a union such as the EU as a BLOC");
		}
		apply(command.toEvent());
	}

	@CommandHandler
	public FactReceipt handle(StatePosition command, LedgerServices services, MetaData metaData) {
		return record(command, services, metaData, () -> {
			services.references().require(command.topicId());
			services.requireNotFuture(command.validTime(), "valid time");
		});
	}

	@CommandHandler
	public FactReceipt handle(SignDeclaration command, LedgerServices services, MetaData metaData) {
		return recordAboutInstrument(command, services, metaData, () -> {
			if (signed.contains(command.instrumentId())) {
				throw conflict("has already signed", command.instrumentId());
			}
		});
	}

	@CommandHandler
	public FactReceipt handle(DeclineDeclaration command, LedgerServices services, MetaData metaData) {
		return recordAboutInstrument(command, services, metaData, () -> {
			if (signed.contains(command.instrumentId())) {
				throw conflict("cannot decline what it has signed (withdraw the signature instead):",
						command.instrumentId());
			}
		});
	}

	@CommandHandler
	public FactReceipt handle(WithdrawSignature command, LedgerServices services, MetaData metaData) {
		return recordAboutInstrument(command, services, metaData, () -> {
			if (!signed.contains(command.instrumentId())) {
				throw conflict("cannot withdraw from what it has not signed:", command.instrumentId());
			}
			if (bound.contains(command.instrumentId())) {
				throw conflict("cannot withdraw its signature from a treaty it is a party to:", command.instrumentId());
			}
		});
	}

	@CommandHandler
	public FactReceipt handle(RatifyTreaty command, LedgerServices services, MetaData metaData) {
		return recordAboutInstrument(command, services, metaData, () -> {
			if (bound.contains(command.instrumentId())) {
				throw conflict("is already a party to", command.instrumentId());
			}
			if (command.means().followsSignature() && !signed.contains(command.instrumentId())) {
				throw conflict("cannot ratify, accept or approve what it has not signed (a state that did not sign"
						+ " becomes a party by ACCESSION):", command.instrumentId());
			}
		});
	}

	@CommandHandler
	public FactReceipt handle(RecordEntryIntoForce command, LedgerServices services, MetaData metaData) {
		return recordAboutInstrument(command, services, metaData, () -> {
			if (!bound.contains(command.instrumentId())) {
				throw conflict("is not a party (it has not ratified, accepted, approved or acceded to)",
						command.instrumentId());
			}
			if (inForce.contains(command.instrumentId())) {
				throw conflict("already has in force", command.instrumentId());
			}
		});
	}

	@CommandHandler
	public FactReceipt handle(LaunchInitiative command, LedgerServices services, MetaData metaData) {
		return recordAboutInstrument(command, services, metaData, () -> requireNotMember(command.instrumentId()));
	}

	@CommandHandler
	public FactReceipt handle(JoinInitiative command, LedgerServices services, MetaData metaData) {
		return recordAboutInstrument(command, services, metaData, () -> requireNotMember(command.instrumentId()));
	}

	@CommandHandler
	public FactReceipt handle(LeaveInitiative command, LedgerServices services, MetaData metaData) {
		return recordAboutInstrument(command, services, metaData, () -> {
			if (!memberOf.contains(command.instrumentId())) {
				throw conflict("cannot leave what it has not joined:", command.instrumentId());
			}
		});
	}

	@CommandHandler
	public FactReceipt handle(AdoptResolution command, LedgerServices services, MetaData metaData) {
		return recordAboutInstrument(command, services, metaData, () -> {
			if (!ADOPTERS.contains(kind)) {
				throw CommandRejectedException.invalid("actor '" + actorId.value() + "' is a " + kind
						+ "; resolutions are adopted by an organisation, a bloc or a group");
			}
			if (adopted.contains(command.instrumentId())) {
				throw conflict("has already adopted", command.instrumentId());
			}
			boolean byVote = command.method() == AdoptionMethod.VOTE;
			if (byVote && command.tally() == null) {
				throw CommandRejectedException.invalid("a resolution adopted by vote needs its tally");
			}
			if (!byVote && command.tally() != null) {
				throw CommandRejectedException.invalid("a tally is only recorded for a resolution adopted by vote");
			}
		});
	}

	@CommandHandler
	public FactReceipt handle(SponsorResolution command, LedgerServices services, MetaData metaData) {
		return recordAboutInstrument(command, services, metaData, () -> {
			if (sponsored.contains(command.instrumentId())) {
				throw conflict("has already sponsored", command.instrumentId());
			}
		});
	}

	@CommandHandler
	public FactReceipt handle(CastVote command, LedgerServices services, MetaData metaData) {
		return recordAboutInstrument(command, services, metaData, () -> {
			if (votedOn.contains(command.instrumentId())) {
				throw conflict("has already voted on", command.instrumentId());
			}
		});
	}

	@CommandHandler
	public FactReceipt handle(PublishPolicy command, LedgerServices services, MetaData metaData) {
		return recordAboutInstrument(command, services, metaData,
				() -> command.topics().forEach(services.references()::require));
	}

	@CommandHandler
	public FactReceipt handle(CorrectFact command, LedgerServices services, MetaData metaData) {
		return record(command, services, metaData, () -> {
			RecordedFact target = requireLiveFact(command.correctedFactId(), "correct");
			requireApplicable(command.amendment(), target);
			if (command.amendment().validTime() != null) {
				services.requireNotFuture(command.amendment().validTime(), "corrected valid time");
			}
		});
	}

	@CommandHandler
	public FactReceipt handle(RetractFact command, LedgerServices services, MetaData metaData) {
		return record(command, services, metaData, () -> requireLiveFact(command.retractedFactId(), "retract"));
	}

	private FactReceipt recordAboutInstrument(InstrumentCommand command, LedgerServices services, MetaData metaData,
			Runnable rules) {
		return record(command, services, metaData, () -> {
			InstrumentKind kind = services.references().requireInstrument(command.instrumentId());
			if (!command.instrumentKinds().contains(kind)) {
				throw CommandRejectedException.invalid("instrument '" + command.instrumentId().value()
						+ "' is registered as " + kind + ", and this fact can only be about "
						+ command.instrumentKinds()
							.stream()
							.map(InstrumentKind::name)
							.sorted()
							.collect(Collectors.joining(", ")));
			}
			services.requireNotFuture(command.validTime(), "valid time");
			rules.run();
		});
	}

	/**
	 * The steps every fact goes through: a resubmission of a recorded fact id (given, or
	 * derived from an idempotency key) is answered from the record (and refused if its
	 * content differs); otherwise the fact's own rules run, its sources are checked, and
	 * it is recorded with an id and the clock's time. A fact imported from another ledger
	 * keeps the time that ledger recorded it in the event's metadata, as data: it never
	 * backdates the fact.
	 */
	private FactReceipt record(RecordFact command, LedgerServices services, MetaData metaData, Runnable rules) {
		FactId requested = command.factId() != null ? command.factId() : services.idempotentId(metaData);
		RecordedFact existing = requested == null ? null : facts.get(requested);
		if (existing != null) {
			FactEvent resubmitted = command.toEvent(requested, existing.recordedAt());
			if (!existing.sameContentAs(resubmitted, services.contents().of(resubmitted))) {
				throw CommandRejectedException
					.conflict("fact '" + requested.value() + "' is already recorded with different content"
							+ (command.factId() == null ? " under this Idempotency-Key" : "")
							+ "; record a correction instead");
			}
			return new FactReceipt(requested, true);
		}
		rules.run();
		requireSources(command.sources(), services.references());
		FactId id = requested != null ? requested : services.factIds().next();
		services.claims().claimFact(id, actorId);
		apply(command.toEvent(id, services.recordingTime()), services.originalRecording(metaData));
		return new FactReceipt(id, false);
	}

	private static void requireSources(List<Citation> sources, ReferenceCheck references) {
		if (sources == null || sources.isEmpty()) {
			throw CommandRejectedException.invalid("a fact must cite at least one source");
		}
		sources.forEach(citation -> references.require(citation.source()));
	}

	private void requireNotMember(InstrumentId instrument) {
		if (memberOf.contains(instrument)) {
			throw conflict("is already a member of", instrument);
		}
	}

	private RecordedFact requireLiveFact(FactId id, String action) {
		RecordedFact fact = facts.get(id);
		if (fact == null) {
			throw new CommandRejectedException(CommandRejectedException.Reason.UNKNOWN_REFERENCE,
					"cannot " + action + " fact '" + id.value() + "': no such fact of actor '" + actorId.value() + "'");
		}
		if (!fact.is(GovernanceFact.class)) {
			throw CommandRejectedException.invalid("cannot " + action + " fact '" + id.value()
					+ "': it is itself a correction or retraction; amend the original fact");
		}
		if (retracted.contains(id)) {
			throw CommandRejectedException
				.conflict("cannot " + action + " fact '" + id.value() + "': it is already retracted");
		}
		return fact;
	}

	private static void requireApplicable(Amendment amendment, RecordedFact target) {
		String type = target.type().getSimpleName();
		if (amendment.stance() != null && !target.is(PositionStated.class)) {
			throw inapplicable("stance", type);
		}
		if (amendment.summary() != null && !(target.is(PositionStated.class) || target.is(PolicyPublished.class))) {
			throw inapplicable("summary", type);
		}
		if (amendment.vote() != null && !target.is(VoteCast.class)) {
			throw inapplicable("vote", type);
		}
		if (amendment.tally() != null && !target.adoptedByVote()) {
			throw inapplicable("tally", type + " not adopted by vote");
		}
	}

	private static CommandRejectedException inapplicable(String field, String type) {
		return CommandRejectedException.invalid("a correction cannot change the " + field + " of a " + type);
	}

	private CommandRejectedException conflict(String what, InstrumentId instrument) {
		return CommandRejectedException
			.conflict("actor '" + actorId.value() + "' " + what + " instrument '" + instrument.value() + "'");
	}

	/**
	 * Whether the other actor holds the same state, field by field: a snapshot is checked
	 * against its events ({@link SnapshotAudit}).
	 */
	boolean sameStateAs(ActorAggregate other) {
		return Objects.equals(actorId, other.actorId) && kind == other.kind && facts.equals(other.facts)
				&& retracted.equals(other.retracted) && signed.equals(other.signed) && bound.equals(other.bound)
				&& inForce.equals(other.inForce) && memberOf.equals(other.memberOf) && votedOn.equals(other.votedOn)
				&& sponsored.equals(other.sponsored) && adopted.equals(other.adopted);
	}

	@EventSourcingHandler
	void on(ActorRegistered event) {
		actorId = event.actorId();
		kind = event.kind();
	}

	/**
	 * Keeps what the rules ask of a fact. The digest of an event being applied comes from
	 * the bytes the store will keep; of one replayed, from its current form.
	 */
	@EventSourcingHandler
	void on(FactEvent event, EventMessage<?> message, LedgerServices services) {
		ContentDigests contents = services.contents();
		RecordedFact fact = RecordedFact.of(event,
				AggregateLifecycle.isLive() ? contents.ofApplied(message) : contents.of(event));
		facts.put(event.factId(), fact);
		if (event instanceof FactRetracted retraction) {
			retracted.add(retraction.retractedFactId());
			follow(facts.get(retraction.retractedFactId()), false);
		}
		else {
			follow(fact, true);
		}
	}

	/**
	 * Moves the actor's signatures, memberships and votes along a fact, or back if it is
	 * retracted.
	 */
	private void follow(RecordedFact fact, boolean happened) {
		if (fact.is(DeclarationSigned.class)) {
			toggle(signed, fact.instrumentId(), happened);
		}
		else if (fact.is(SignatureWithdrawn.class)) {
			toggle(signed, fact.instrumentId(), !happened);
		}
		else if (fact.is(TreatyRatified.class)) {
			toggle(bound, fact.instrumentId(), happened);
		}
		else if (fact.is(TreatyEnteredIntoForce.class)) {
			toggle(inForce, fact.instrumentId(), happened);
		}
		else if (fact.is(InitiativeLaunched.class) || fact.is(InitiativeJoined.class)) {
			toggle(memberOf, fact.instrumentId(), happened);
		}
		else if (fact.is(InitiativeLeft.class)) {
			toggle(memberOf, fact.instrumentId(), !happened);
		}
		else if (fact.is(ResolutionSponsored.class)) {
			toggle(sponsored, fact.instrumentId(), happened);
		}
		else if (fact.is(VoteCast.class)) {
			toggle(votedOn, fact.instrumentId(), happened);
		}
		else if (fact.is(ResolutionAdopted.class)) {
			toggle(adopted, fact.instrumentId(), happened);
		}
	}

	private static void toggle(Set<InstrumentId> set, InstrumentId instrument, boolean present) {
		if (present) {
			set.add(instrument);
		}
		else {
			set.remove(instrument);
		}
	}

}

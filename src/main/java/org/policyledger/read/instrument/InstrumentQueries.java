package org.policyledger.read.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.axonframework.queryhandling.QueryHandler;
import org.policyledger.api.ActorId;
import org.policyledger.api.PartialDate;
import org.policyledger.api.query.FactView;
import org.policyledger.api.query.InstrumentStatus;
import org.policyledger.api.query.InstrumentStatusQuery;
import org.policyledger.read.catalog.Catalog;
import org.policyledger.read.facts.FactViews;

import org.springframework.stereotype.Component;

/**
 * Replays an instrument's facts known at K, in valid-time order up to the day asked: each
 * actor's latest signature fact (signed, declined, withdrawn) and latest membership fact
 * (launched, joined, left) decide where it stands. A fact whose period straddles the day
 * is unresolved and decides nothing.
 */
@Component
class InstrumentQueries {

	private static final Set<String> SIGNATURE = Set.of("DeclarationSigned", "DeclarationDeclined",
			"SignatureWithdrawn");

	private static final Set<String> MEMBERSHIP = Set.of("InitiativeLaunched", "InitiativeJoined", "InitiativeLeft");

	private static final String CONSENT = "TreatyRatified";

	private static final String ENTRY_INTO_FORCE = "TreatyEnteredIntoForce";

	private static final String SPONSORSHIP = "ResolutionSponsored";

	/**
	 * The instrument's facts known at {@code knownAt}, not retracted, that start by
	 * {@code asOf}, in valid-time order.
	 */
	private static final String INSTRUMENT_FACTS = """
			select v.* from rm_fact_version v
			where v.instrument_id = :instrument and not v.retracted and v.valid_start <= :asOf
			  and v.known_from <= :knownAt and (v.known_until is null or v.known_until > :knownAt)
			order by v.valid_start, v.valid_end, v.recorded_at, v.fact_id
			""";

	private final FactViews views;

	private final Catalog catalog;

	InstrumentQueries(FactViews views, Catalog catalog) {
		this.views = views;
		this.catalog = catalog;
	}

	@QueryHandler
	InstrumentStatus status(InstrumentStatusQuery query) {
		catalog.require(query.instrumentId());
		List<FactView> facts = views.query(INSTRUMENT_FACTS, Map.of("instrument", query.instrumentId().value(), "asOf",
				query.asOf(), "knownAt", FactViews.timestamp(query.knownAt())), query.knownAt());
		Map<ActorId, FactView> signature = new LinkedHashMap<>();
		Map<ActorId, FactView> membership = new LinkedHashMap<>();
		List<FactView> parties = new ArrayList<>();
		List<FactView> inForce = new ArrayList<>();
		List<FactView> sponsors = new ArrayList<>();
		List<FactView> votes = new ArrayList<>();
		List<FactView> adoptions = new ArrayList<>();
		List<FactView> unresolved = new ArrayList<>();
		for (FactView fact : facts) {
			if (fact.validTime().end().isAfter(query.asOf())) {
				unresolved.add(fact);
			}
			else if (SIGNATURE.contains(fact.type())) {
				signature.put(fact.actorId(), fact);
			}
			else if (MEMBERSHIP.contains(fact.type())) {
				membership.put(fact.actorId(), fact);
			}
			else if (fact.type().equals(CONSENT)) {
				parties.add(fact);
			}
			else if (fact.type().equals(ENTRY_INTO_FORCE)) {
				inForce.add(fact);
			}
			else if (fact.type().equals(SPONSORSHIP)) {
				sponsors.add(fact);
			}
			else if (fact.type().equals("VoteCast")) {
				votes.add(fact);
			}
			else {
				adoptions.add(fact);
			}
		}
		Map<String, List<FactView>> lists = new LinkedHashMap<>();
		lists.put("signatories", latest(signature, "DeclarationSigned"));
		lists.put("decliners", latest(signature, "DeclarationDeclined"));
		lists.put("parties", parties);
		lists.put("inForce", inForce);
		lists.put("members",
				membership.values().stream().filter(fact -> !fact.type().equals("InitiativeLeft")).toList());
		lists.put("sponsors", sponsors);
		lists.put("votes", votes);
		lists.put("adoptions", adoptions);
		Map<String, InstrumentStatus.Actor> actors = catalog
			.actors(facts.stream().map(fact -> fact.actorId().value()).collect(Collectors.toSet()));
		PartialDate enteredIntoForce = inForce.isEmpty() ? null : inForce.get(0).validTime();
		return new InstrumentStatus(query.instrumentId(), query.asOf(), query.knownAt(), lists.get("signatories"),
				lists.get("decliners"), parties, inForce, enteredIntoForce, lists.get("members"), sponsors, votes,
				adoptions, unresolved, actors, count(actors, lists));
	}

	/** How many actors of each kind are in each list, e.g. 14 STATE and 1 BLOC. */
	private static Map<String, Map<String, Integer>> count(Map<String, InstrumentStatus.Actor> actors,
			Map<String, List<FactView>> lists) {
		Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
		lists.forEach((list, facts) -> {
			Map<String, Integer> byKind = new TreeMap<>();
			facts.stream()
				.map(fact -> fact.actorId().value())
				.distinct()
				.forEach(actor -> byKind.merge(actors.get(actor).kind(), 1, Integer::sum));
			counts.put(list, byKind);
		});
		return counts;
	}

	private static List<FactView> latest(Map<ActorId, FactView> byActor, String type) {
		return byActor.values().stream().filter(fact -> fact.type().equals(type)).toList();
	}

}

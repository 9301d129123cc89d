package org.policyledger.api.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.policyledger.api.InstrumentId;

/**
 * An instrument as of a day, known at an instant: each actor's latest fact about it, by
 * what that fact makes the actor: signatory, decliner, member, voter; and the adoptions
 * and publications of it. Facts whose dates straddle the day are in {@code unresolved}.
 * Every actor named has its name and kind in {@code actors}, and each list its count of
 * actors by kind in {@code counts}.
 */
public record InstrumentStatus(InstrumentId instrumentId, LocalDate asOf, Instant knownAt, List<FactView> signatories,
		List<FactView> decliners, List<FactView> members, List<FactView> votes, List<FactView> adoptions,
		List<FactView> unresolved, Map<String, Actor> actors, Map<String, Map<String, Integer>> counts) {

	/** The name and kind of an actor named in the answer. */
	public record Actor(String name, String kind) {
	}

	/**
	 * How many actors of each kind are in each list ({@code signatories},
	 * {@code decliners}, {@code members}, {@code votes}, {@code adoptions}), e.g. 14
	 * STATE and 1 BLOC.
	 */
	public static Map<String, Map<String, Integer>> count(Map<String, Actor> actors,
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

}

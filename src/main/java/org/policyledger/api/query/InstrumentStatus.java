package org.policyledger.api.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.policyledger.api.InstrumentId;
import org.policyledger.api.PartialDate;

/**
 * An instrument as of a day, known at an instant: each actor's latest fact about it, by
 * what that fact makes the actor: signatory, decliner, member, voter; and the adoptions
 * and publications of it; a resolution's {@code sponsors} (penholders, sponsors,
 * co-sponsors). A treaty's {@code parties} are the actors that consented to be bound by
 * it (each by its ratification, acceptance, approval or accession), whether or not they
 * signed it; {@code inForce} the parties it had entered into force for, and
 * {@code enteredIntoForce} when it first did (as precisely as recorded), null before.
 * Facts whose dates straddle the day are in {@code unresolved}. Every actor named has its
 * name and kind in {@code actors}, and each list its count of actors by kind in
 * {@code counts}.
 */
public record InstrumentStatus(InstrumentId instrumentId, LocalDate asOf, Instant knownAt, List<FactView> signatories,
		List<FactView> decliners, List<FactView> parties, List<FactView> inForce, PartialDate enteredIntoForce,
		List<FactView> members, List<FactView> sponsors, List<FactView> votes, List<FactView> adoptions,
		List<FactView> unresolved, Map<String, Actor> actors, Map<String, Map<String, Integer>> counts) {

	/** The name and kind of an actor named in the answer. */
	public record Actor(String name, String kind) {
	}

}

package org.policyledger.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.policyledger.api.ActorId;
import org.policyledger.api.FactId;
import org.policyledger.api.LedgerId;

/** The claims by key that {@link JdbcIdClaims} keeps in tables, kept in memory. */
class ClaimedIds implements IdClaims {

	private final Map<String, String> registrations = new HashMap<>();

	private final Map<String, ActorId> facts = new HashMap<>();

	ClaimedIds registered(LedgerId id) {
		registrations.put(id.key(), id.toString());
		return this;
	}

	ClaimedIds factRecorded(FactId id) {
		facts.put(id.key(), ActorId.of("ELSEWHERE"));
		return this;
	}

	@Override
	public void claimRegistration(LedgerId id) {
		String holder = registrations.putIfAbsent(id.key(), id.toString());
		if (holder != null) {
			throw IdClaims.refusal(id, holder);
		}
	}

	@Override
	public Optional<String> registrationHolder(LedgerId id) {
		return Optional.ofNullable(registrations.get(id.key()));
	}

	@Override
	public void claimFact(FactId factId, ActorId actorId) {
		if (facts.putIfAbsent(factId.key(), actorId) != null) {
			throw factId.taken();
		}
	}

	@Override
	public Optional<ActorId> holderOf(FactId factId) {
		return Optional.ofNullable(facts.get(factId.key()));
	}

}

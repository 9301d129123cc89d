package org.policyledger.ledger;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.policyledger.api.ActorId;
import org.policyledger.api.FactId;
import org.policyledger.api.LedgerId;

/** The claims by key that {@link JdbcIdClaims} keeps in tables, kept in memory. */
class ClaimedIds implements IdClaims {

	private final Map<String, String> registrations = new HashMap<>();

	private final Set<String> facts = new HashSet<>();

	ClaimedIds registered(LedgerId id) {
		registrations.put(id.key(), id.toString());
		return this;
	}

	ClaimedIds factRecorded(FactId id) {
		facts.add(id.key());
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
	public void claimFact(FactId factId, ActorId actorId) {
		if (!facts.add(factId.key())) {
			throw IdClaims.factIdTaken(factId);
		}
	}

}

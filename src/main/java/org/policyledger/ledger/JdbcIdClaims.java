package org.policyledger.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyledger.api.ActorId;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.FactId;
import org.policyledger.api.LedgerId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Claims keys in {@code registration_key} and {@code fact_id_claim}, inside the command's
 * transaction: a rejected or rolled-back command leaves no claim, and the primary keys
 * settle concurrent claims.
 */
class JdbcIdClaims implements IdClaims {

	private final NamedParameterJdbcTemplate jdbc;

	JdbcIdClaims(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void claimRegistration(LedgerId id) {
		List<String> holders = jdbc.queryForList("select id from registration_key where id_key = :key",
				Map.of("key", id.key()), String.class);
		if (!holders.isEmpty()) {
			throw IdClaims.refusal(id, holders.get(0));
		}
		try {
			jdbc.update("insert into registration_key (id_key, id) values (:key, :id)",
					Map.of("key", id.key(), "id", id.toString()));
		}
		catch (DuplicateKeyException ex) {
			throw CommandRejectedException.conflict(id.describe() + " was registered by a concurrent write");
		}
	}

	@Override
	public void claimFact(FactId factId, ActorId actorId) {
		try {
			jdbc.update("insert into fact_id_claim (fact_id, fact_key, actor_id) values (:fact, :key, :actor)",
					Map.of("fact", factId.value(), "key", factId.key(), "actor", actorId.value()));
		}
		catch (DuplicateKeyException ex) {
			throw IdClaims.factIdTaken(factId);
		}
	}

	@Override
	public Optional<ActorId> holderOf(FactId factId) {
		return jdbc
			.queryForList("select actor_id from fact_id_claim where fact_id = :fact", Map.of("fact", factId.value()),
					String.class)
			.stream()
			.findFirst()
			.map(ActorId::of);
	}

}

package org.policyledger.ledger;

import org.policyledger.api.ActorId;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.FactId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Claims ids in {@code fact_id_claim}, inside the command's transaction: a rejected or
 * rolled-back command leaves no claim, and the primary key settles concurrent claims.
 */
class JdbcFactIdClaims implements FactIdClaims {

	private final JdbcTemplate jdbc;

	JdbcFactIdClaims(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void claim(FactId factId, ActorId actorId) {
		try {
			jdbc.update("insert into fact_id_claim (fact_id, actor_id) values (?, ?)", factId.value(), actorId.value());
		}
		catch (DuplicateKeyException ex) {
			throw CommandRejectedException.conflict("fact id '" + factId.value() + "' is already used by another fact");
		}
	}

}

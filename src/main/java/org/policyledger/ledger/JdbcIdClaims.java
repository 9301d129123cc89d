package org.policyledger.ledger;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.policyledger.api.ActorId;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.FactId;
import org.policyledger.api.LedgerId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Claims keys in {@code registration_key} and {@code fact_id_claim}, inside the command's
 * transaction: a rejected or rolled-back command leaves no claim, and the unique keys
 * settle concurrent claims.
 * <p>
 * A fact's claim is checked when the command runs and written with the others of its unit
 * of work in one batch statement as it commits, so that a bulk batch sends one statement
 * for its claims instead of one per fact; {@link #prefetch} checks a batch's ids in a few
 * statements up front. A claim that a concurrent write took between the check and the
 * commit fails the whole unit of work.
 */
class JdbcIdClaims implements IdClaims {

	private static final String PENDING = JdbcIdClaims.class.getName() + ".pending";

	private static final int LOOKUP_BATCH = 1_000;

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
	public void prefetch(Collection<FactId> factIds) {
		Pending pending = pending();
		List<String> keys = factIds.stream().map(FactId::key).distinct().toList();
		for (int from = 0; from < keys.size(); from += LOOKUP_BATCH) {
			List<String> some = keys.subList(from, Math.min(keys.size(), from + LOOKUP_BATCH));
			pending.taken.addAll(jdbc.queryForList("select fact_key from fact_id_claim where fact_key in (:keys)",
					Map.of("keys", some), String.class));
			pending.looked.addAll(some);
		}
	}

	@Override
	public void claimFact(FactId factId, ActorId actorId) {
		Pending pending = pending();
		String key = factId.key();
		boolean taken = pending.claims.containsKey(key) || pending.taken.contains(key)
				|| !pending.looked.contains(key) && isClaimed(key);
		if (taken) {
			throw IdClaims.factIdTaken(factId);
		}
		pending.claims.put(key, new Claim(factId, actorId));
	}

	@Override
	public Optional<ActorId> holderOf(FactId factId) {
		if (CurrentUnitOfWork.isStarted()) {
			Claim claim = pending().claims.get(factId.key());
			if (claim != null && claim.factId().equals(factId)) {
				return Optional.of(claim.actorId());
			}
		}
		return jdbc
			.queryForList("select actor_id from fact_id_claim where fact_id = :fact", Map.of("fact", factId.value()),
					String.class)
			.stream()
			.findFirst()
			.map(ActorId::of);
	}

	private boolean isClaimed(String key) {
		return !jdbc
			.queryForList("select fact_key from fact_id_claim where fact_key = :key", Map.of("key", key), String.class)
			.isEmpty();
	}

	/**
	 * The claims of this unit of work, written as it commits. Claims are made by command
	 * handlers and batches, which always run in one.
	 */
	private Pending pending() {
		UnitOfWork<?> root = CurrentUnitOfWork.get().root();
		return root.getOrComputeResource(PENDING, name -> {
			Pending created = new Pending();
			root.onPrepareCommit(unitOfWork -> insert(List.copyOf(created.claims.values())));
			return created;
		});
	}

	private void insert(List<Claim> claims) {
		if (claims.isEmpty()) {
			return;
		}
		SqlParameterSource[] rows = claims.stream()
			.map(claim -> new MapSqlParameterSource().addValue("fact", claim.factId().value())
				.addValue("key", claim.factId().key())
				.addValue("actor", claim.actorId().value()))
			.toArray(SqlParameterSource[]::new);
		try {
			jdbc.batchUpdate("insert into fact_id_claim (fact_id, fact_key, actor_id) values (:fact, :key, :actor)",
					rows);
		}
		catch (DuplicateKeyException ex) {
			throw claims.size() == 1 ? IdClaims.factIdTaken(claims.get(0).factId())
					: CommandRejectedException
						.conflict("a concurrent write took one of the " + claims.size() + " fact ids of this batch"
								+ " while it was written; nothing was recorded, submit it again");
		}
	}

	private record Claim(FactId factId, ActorId actorId) {
	}

	/** Claims made in one unit of work, and which keys a prefetch found taken. */
	private static final class Pending {

		final Map<String, Claim> claims = new LinkedHashMap<>();

		final Set<String> looked = new HashSet<>();

		final Set<String> taken = new HashSet<>();

	}

}

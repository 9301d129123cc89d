package org.policyledger.ledger;

import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.policyledger.api.ActorId;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.FactId;
import org.policyledger.api.LedgerId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Claims keys in {@code registration_key} and in the hash chain, inside the command's
 * transaction: a rejected or rolled-back command leaves no claim, and the unique keys
 * settle concurrent claims.
 * <p>
 * A fact's id is claimed by its own link in {@code ledger_chain}, written with its event
 * (see {@code LedgerChain}). Here it is checked when the command runs, against the chain
 * and the claims made earlier in the same unit of work; {@link #prefetch} checks a
 * batch's ids in a few statements up front, unless the batch {@linkplain #deferClaims
 * leaves them} to the links' unique key. A claim that a concurrent write took between the
 * check and the commit fails the whole unit of work when its links are written. A
 * registration's key is looked up the same way, and claimed by its own insert, or, in a
 * unit of work that {@linkplain #deferClaims defers its claims}, with the others in one
 * batch as it commits. A registration sent inside a batch claims its key only as its own
 * nested unit of work commits, so that one the batch refuses and passes over leaves the
 * key free.
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
		Optional<String> holder = registrationHolder(id);
		if (holder.isPresent()) {
			throw IdClaims.refusal(id, holder.get());
		}
		UnitOfWork<?> current = CurrentUnitOfWork.get();
		if (current.isRoot()) {
			claim(id, false);
		}
		else {
			current.onPrepareCommit(unitOfWork -> claim(id, true));
		}
	}

	/**
	 * Writes the registration's key, or, in a unit of work that defers its claims, lists
	 * it to be written as it commits. A nested unit of work writes it behind a savepoint:
	 * on PostgreSQL a duplicate key aborts the whole transaction, and its refusal must
	 * leave the rest of the batch able to commit.
	 */
	private void claim(LedgerId id, boolean nested) {
		Pending pending = pending();
		if (pending.deferred) {
			pending.registrationClaims.add(id);
		}
		else if (nested) {
			jdbc.getJdbcTemplate().execute((ConnectionCallback<Void>) connection -> {
				Savepoint savepoint = connection.setSavepoint();
				try {
					insertRegistrationKeys(List.of(id));
				}
				catch (CommandRejectedException ex) {
					connection.rollback(savepoint);
					throw ex;
				}
				connection.releaseSavepoint(savepoint);
				return null;
			});
		}
		else {
			insertRegistrationKeys(List.of(id));
		}
		pending.registrationHolders.put(id.key(), id.toString());
	}

	/** Claims the registrations' keys in one batch of inserts. */
	private void insertRegistrationKeys(List<LedgerId> ids) {
		try {
			jdbc.batchUpdate("insert into registration_key (id_key, id) values (:key, :id)",
					ids.stream()
						.map(id -> new MapSqlParameterSource("key", id.key()).addValue("id", id.toString()))
						.toArray(SqlParameterSource[]::new));
		}
		catch (DuplicateKeyException ex) {
			throw CommandRejectedException
				.conflict((ids.size() == 1 ? ids.get(0).describe() : "one of " + ids.size() + " registrations")
						+ " was registered by a concurrent write");
		}
	}

	@Override
	public void deferClaims() {
		Pending pending = pending();
		if (!pending.deferred) {
			pending.deferred = true;
			CurrentUnitOfWork.get().root().onPrepareCommit(unitOfWork -> {
				if (!pending.registrationClaims.isEmpty()) {
					insertRegistrationKeys(pending.registrationClaims);
				}
			});
		}
	}

	@Override
	public Optional<String> registrationHolder(LedgerId id) {
		Pending pending = pending();
		if (!pending.registrationKeysLooked.contains(id.key())) {
			prefetch(List.of(), List.of(id));
		}
		return Optional.ofNullable(pending.registrationHolders.get(id.key()));
	}

	@Override
	public void prefetch(Collection<FactId> factIds, Collection<LedgerId> registrations) {
		Pending pending = pending();
		if (!pending.deferred) {
			for (List<String> keys : chunks(factIds.stream().map(FactId::key))) {
				pending.taken.addAll(jdbc.queryForList("select fact_key from ledger_chain where fact_key in (:keys)",
						Map.of("keys", keys), String.class));
				pending.looked.addAll(keys);
			}
		}
		for (List<String> keys : chunks(registrations.stream().map(LedgerId::key))) {
			jdbc.query("select id_key, id from registration_key where id_key in (:keys)", Map.of("keys", keys), row -> {
				pending.registrationHolders.put(row.getString("id_key"), row.getString("id"));
			});
			pending.registrationKeysLooked.addAll(keys);
		}
	}

	/** Distinct keys in lists short enough for one {@code in} each. */
	private static List<List<String>> chunks(Stream<String> keys) {
		List<String> distinct = keys.distinct().toList();
		List<List<String>> chunks = new ArrayList<>();
		for (int from = 0; from < distinct.size(); from += LOOKUP_BATCH) {
			chunks.add(distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_BATCH)));
		}
		return chunks;
	}

	@Override
	public void claimFact(FactId factId, ActorId actorId) {
		Pending pending = pending();
		String key = factId.key();
		if (!pending.deferred && !pending.looked.contains(key)) {
			prefetch(List.of(factId), List.of());
		}
		if (pending.claims.containsKey(key) || pending.taken.contains(key)) {
			throw factId.taken();
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
			.queryForList(
					"select e.aggregate_identifier from ledger_chain c join domain_event_entry e"
							+ " on e.global_index = c.global_index and e.event_identifier = c.event_identifier"
							+ " where c.fact_key = :key and c.fact_id = :fact",
					Map.of("key", factId.key(), "fact", factId.value()), String.class)
			.stream()
			.findFirst()
			.map(aggregate -> (ActorId) LedgerId.parse(aggregate));
	}

	/** The claims checked in this unit of work, which its links will write. */
	private Pending pending() {
		return CurrentUnitOfWork.get().root().getOrComputeResource(PENDING, name -> new Pending());
	}

	private record Claim(FactId factId, ActorId actorId) {
	}

	/**
	 * Claims made in one unit of work, which fact keys a prefetch found taken, and which
	 * registration keys it found held, and by what.
	 */
	private static final class Pending {

		final Map<String, Claim> claims = new LinkedHashMap<>();

		final Set<String> looked = new HashSet<>();

		final Set<String> taken = new HashSet<>();

		/**
		 * Whether fact ids are left to the chain's unique key, and registrations' keys
		 * claimed as the unit of work commits.
		 */
		boolean deferred;

		/** The registrations whose keys are claimed as the unit of work commits. */
		final List<LedgerId> registrationClaims = new ArrayList<>();

		final Set<String> registrationKeysLooked = new HashSet<>();

		/** The id holding each registration key looked up or claimed that is held. */
		final Map<String, String> registrationHolders = new HashMap<>();

	}

}

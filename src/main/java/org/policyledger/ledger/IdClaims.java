package org.policyledger.ledger;

import java.util.Collection;
import java.util.Optional;

import org.policyledger.api.ActorId;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.FactId;
import org.policyledger.api.LedgerId;

/**
 * Keeps ids unique ignoring case, and fact ids unique across actors: a registration or a
 * fact claims its {@link LedgerId#key() key} when it is recorded.
 */
public interface IdClaims {

	/** Claims the id for a new registration, or rejects it. */
	void claimRegistration(LedgerId id);

	/**
	 * Claims the fact id for the actor, or rejects the command if another fact holds it.
	 */
	void claimFact(FactId factId, ActorId actorId);

	/**
	 * Looks up in one go which of the fact ids and registrations' keys a batch is about
	 * to claim are taken, so that claiming them one by one asks the database nothing
	 * more; only a store needs it.
	 */
	default void prefetch(Collection<FactId> factIds, Collection<LedgerId> registrations) {
	}

	/**
	 * Leaves the fact ids this unit of work claims unchecked against the store, also by
	 * {@link #prefetch}: each is still checked against the others claimed in it, and the
	 * chain's unique key refuses one that a fact outside it holds as the unit of work
	 * commits, failing all of it. The registrations it claims are checked as ever, and
	 * their keys written together as it commits. Only for work that is then done again
	 * with the ids looked up, as a batch is.
	 */
	default void deferClaims() {
	}

	/**
	 * The registered id that holds this id's key (the id itself, or the same letters in
	 * another case), if one does: none means the id is not registered.
	 */
	Optional<String> registrationHolder(LedgerId id);

	/** The actor whose fact holds this id, if one does. */
	Optional<ActorId> holderOf(FactId factId);

	/**
	 * Why a registration cannot claim a key {@code holder} holds: the same id, or the
	 * same letters in another case.
	 */
	static CommandRejectedException refusal(LedgerId id, String holder) {
		if (holder.equals(id.toString())) {
			return CommandRejectedException.conflict(id.describe() + " is already registered");
		}
		String registered = holder.substring(holder.indexOf(':') + 1);
		return CommandRejectedException.conflict(id.describe() + " differs only in case from the registered "
				+ id.kind() + " '" + registered + "'; ids are compared ignoring case");
	}

}

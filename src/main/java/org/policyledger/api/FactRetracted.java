package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The ledger withdraws an earlier governance fact of the same actor (it should not have
 * been recorded). The retracted fact stays in the ledger, marked from {@code recordedAt}.
 */
@Revision("1")
public record FactRetracted(FactId factId, ActorId actorId, FactId retractedFactId, String reason,
		List<Citation> sources, Instant recordedAt) implements FactEvent {

}

package org.policyledger.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A correction of an earlier governance fact of the same actor. The amended fact stays in
 * the ledger; readers apply the amendment from {@code recordedAt} on.
 */
@Revision("1")
public record FactCorrected(FactId factId, ActorId actorId, FactId correctedFactId, Amendment amendment, String reason,
		List<Citation> sources, Instant recordedAt) implements FactEvent {

}

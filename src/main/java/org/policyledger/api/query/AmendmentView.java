package org.policyledger.api.query;

import java.time.Instant;

/**
 * A correction or retraction: its id and type, the actor and the fact it amends, why, and
 * when and by whom it was recorded.
 */
public record AmendmentView(String factId, String type, String actorId, String amends, String reason,
		Instant recordedAt, String recordedBy) {

}

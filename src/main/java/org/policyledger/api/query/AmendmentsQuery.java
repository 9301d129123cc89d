package org.policyledger.api.query;

import java.time.Instant;

/**
 * Every correction and retraction recorded from {@code from} (inclusive) to {@code to}
 * (exclusive), oldest first, {@code limit} of them after skipping {@code offset}.
 */
public record AmendmentsQuery(Instant from, Instant to, int offset, int limit) {

}

package org.policyledger.api.query;

import java.time.Instant;
import java.time.LocalDate;

import org.policyledger.api.ActorId;

/**
 * An actor's facts whose valid time overlaps the days {@code from} to {@code to} (either
 * may be null: open), in valid-time order, as known at an instant, a page at a time.
 */
public record TimelineQuery(ActorId actorId, Instant knownAt, LocalDate from, LocalDate to, int offset, int limit) {

	/** The facts a page holds unless asked for more. */
	public static final int DEFAULT_LIMIT = 1_000;

	/** The most facts a page holds: every fact of the busiest UN member, asked for. */
	public static final int MAX_LIMIT = 20_000;

}

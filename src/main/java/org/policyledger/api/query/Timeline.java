package org.policyledger.api.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.policyledger.api.ActorId;

/**
 * A page of an actor's facts in valid-time order ({@code total} in the range, this page
 * from {@code offset}), with the stance shifts among its positions in the whole range.
 */
public record Timeline(ActorId actorId, Instant knownAt, LocalDate from, LocalDate to, long total, int offset,
		int limit, List<FactView> facts, List<StanceShift> shifts) {

}

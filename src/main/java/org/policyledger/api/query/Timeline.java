package org.policyledger.api.query;

import java.time.Instant;
import java.util.List;

import org.policyledger.api.ActorId;

/** An actor's facts in valid-time order, with the stance shifts among its positions. */
public record Timeline(ActorId actorId, Instant knownAt, List<FactView> facts, List<StanceShift> shifts) {

}

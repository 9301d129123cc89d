package org.policyledger.api.query;

import java.time.Instant;

import org.policyledger.api.ActorId;

/** Everything an actor did and said, in valid-time order, as known at an instant. */
public record TimelineQuery(ActorId actorId, Instant knownAt) {

}

package org.policyledger.api.query;

import java.time.Instant;
import java.time.LocalDate;

import org.policyledger.api.ActorId;

/**
 * An actor's stance on every topic it has taken one on, as of a day, known at an instant.
 */
public record ActorStancesQuery(ActorId actorId, LocalDate asOf, Instant knownAt) {

}

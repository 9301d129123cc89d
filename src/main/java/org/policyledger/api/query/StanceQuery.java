package org.policyledger.api.query;

import java.time.Instant;
import java.time.LocalDate;

import org.policyledger.api.ActorId;
import org.policyledger.api.TopicId;

/** An actor's stance on a topic as of a day, as the ledger knew it at an instant. */
public record StanceQuery(ActorId actorId, TopicId topicId, LocalDate asOf, Instant knownAt) {

}

package org.policyledger.api.query;

import java.util.List;

import org.policyledger.api.ActorId;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.TopicId;

/**
 * Current facts of one actor and kind about the same instrument (or, for positions, the
 * same topic on the same day by the same speaker or none) that differ in {@code differs}:
 * their dates, or their stances. A correction or retraction that makes them agree settles
 * it.
 */
public record Conflict(ActorId actorId, String type, InstrumentId instrumentId, TopicId topicId, String differs,
		List<FactView> facts) {

}

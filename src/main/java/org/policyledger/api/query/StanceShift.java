package org.policyledger.api.query;

import org.policyledger.api.Stance;
import org.policyledger.api.TopicId;

/** A change of stance on a topic between two consecutive positions, with both facts. */
public record StanceShift(TopicId topicId, Stance from, Stance to, FactView before, FactView after) {

}

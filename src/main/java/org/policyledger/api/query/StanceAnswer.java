package org.policyledger.api.query;

import java.util.List;

import org.policyledger.api.ActorId;
import org.policyledger.api.Stance;
import org.policyledger.api.TopicId;

/**
 * An actor's stance on a topic: the one held by the latest position certainly stated by
 * the day asked ({@code basis}, null when there is none), and the positions that might
 * have superseded it because their dates are not precise enough to tell
 * ({@code unresolved}). {@code certain} is true when there are none such.
 * <p>
 * When the basis is a signature, membership or ratification of an instrument that
 * expresses a stance on the topic, and no stated position starts on or after its day,
 * {@code inferred} is true and {@code stance} is the one the instrument expresses.
 */
public record StanceAnswer(ActorId actorId, TopicId topicId, Stance stance, boolean inferred, boolean certain,
		FactView basis, List<FactView> unresolved) {

}

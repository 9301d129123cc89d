package org.policyledger.api;

import jakarta.validation.constraints.NotNull;

/**
 * The stance on a topic that signing, joining or becoming a party to an instrument
 * expresses, as the instrument's registration states it.
 */
public record ExpressedStance(@NotNull TopicId topicId, @NotNull Stance stance) {

}

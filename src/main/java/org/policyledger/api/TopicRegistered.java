package org.policyledger.api;

import org.axonframework.serialization.Revision;

/** A topic positions can be about; the description says what supporting it means. */
@Revision("1")
public record TopicRegistered(TopicId topicId, String name, String description) implements LedgerEvent {

}

package org.policyledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A topic positions are about, by its stable slug (e.g. multilateral-ai-governance).
 */
public record TopicId(@JsonValue String value) implements LedgerId {

	public TopicId {
		LedgerId.requireShape(value, "topic");
	}

	@JsonCreator
	public static TopicId of(String value) {
		return new TopicId(value);
	}

	@Override
	public String kind() {
		return "topic";
	}

	@Override
	public String toString() {
		return kind() + ":" + value;
	}

}

package org.policyledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A cited document, by its slug.
 */
public record SourceId(@JsonValue String value) implements LedgerId {

	public SourceId {
		LedgerId.requireShape(value, "source");
	}

	@JsonCreator
	public static SourceId of(String value) {
		return new SourceId(value);
	}

	@Override
	public String kind() {
		return "source";
	}

	@Override
	public String toString() {
		return kind() + ":" + value;
	}

}

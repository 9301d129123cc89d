package org.policyledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A recorded fact; chosen by the client (which makes resubmission idempotent) or
 * generated.
 */
public record FactId(@JsonValue String value) implements LedgerId {

	public FactId {
		LedgerId.requireShape(value, "fact");
	}

	@JsonCreator
	public static FactId of(String value) {
		return new FactId(value);
	}

	@Override
	public String kind() {
		return "fact";
	}

	@Override
	public String toString() {
		return kind() + ":" + value;
	}

}

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

	/**
	 * Why a fact cannot claim this id: another fact holds it, in this case or another.
	 */
	public CommandRejectedException taken() {
		return CommandRejectedException
			.conflict("fact id '" + value + "' is already used by another fact (ids are compared ignoring case)");
	}

	@Override
	public String toString() {
		return kind() + ":" + value;
	}

}

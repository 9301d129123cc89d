package org.policyledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who holds positions: a state (ISO 3166-1 alpha-3, e.g. USA), a bloc, a group, an
 * organisation or a company.
 */
public record ActorId(@JsonValue String value) implements LedgerId {

	public ActorId {
		LedgerId.requireShape(value, "actor");
	}

	@JsonCreator
	public static ActorId of(String value) {
		return new ActorId(value);
	}

	@Override
	public String kind() {
		return "actor";
	}

	@Override
	public String toString() {
		return kind() + ":" + value;
	}

}

package org.policyledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A declaration, treaty, resolution, initiative or other instrument, by its slug.
 */
public record InstrumentId(@JsonValue String value) implements LedgerId {

	public InstrumentId {
		LedgerId.requireShape(value, "instrument");
	}

	@JsonCreator
	public static InstrumentId of(String value) {
		return new InstrumentId(value);
	}

	@Override
	public String kind() {
		return "instrument";
	}

	@Override
	public String toString() {
		return kind() + ":" + value;
	}

}

package org.policyledger.store;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The outcome of {@link StoreVerifier#verify()}: each check, passed or not, with what it
 * found.
 */
public record Verification(List<Check> checks) {

	/** One check: its name, whether it passed, and what it found. */
	public record Check(String name, boolean passed, String detail) {
	}

	@JsonProperty
	public boolean passed() {
		return checks.stream().allMatch(Check::passed);
	}

}

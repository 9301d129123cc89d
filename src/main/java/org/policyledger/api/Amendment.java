package org.policyledger.api;

/**
 * What a correction changes in the fact it amends; fields left out stay as they were.
 * {@code stance} and {@code summary} apply to stated positions ({@code summary} also to
 * published policies), {@code vote} to cast votes, {@code tally} to resolutions adopted
 * by vote, {@code validTime} to any fact.
 */
public record Amendment(PartialDate validTime, Stance stance, String summary, Vote vote, Tally tally) {

	public Amendment {
		if (validTime == null && stance == null && summary == null && vote == null && tally == null) {
			throw new IllegalArgumentException(
					"an amendment must change at least one of validTime, stance, summary, vote, tally");
		}
	}

}

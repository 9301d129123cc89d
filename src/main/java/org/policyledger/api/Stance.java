package org.policyledger.api;

/**
 * Where a position lies on the ordinal scale, from strongly opposes (-2) to strongly
 * supports (+2). What "supports" means for a topic is said in the topic's description.
 */
public enum Stance {

	STRONGLY_OPPOSES(-2), OPPOSES(-1), MIXED(0), SUPPORTS(1), STRONGLY_SUPPORTS(2);

	private final int score;

	Stance(int score) {
		this.score = score;
	}

	public int score() {
		return score;
	}

}

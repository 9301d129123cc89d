package org.policyledger.api.query;

import java.time.Instant;
import java.util.List;

import org.policyledger.api.ActorId;
import org.policyledger.api.TopicId;

/**
 * Voting agreement of each pair of actors, as the UN voting data measures it (Voeten's
 * index): over the roll calls on which both voted yes, no or abstain, the same vote
 * counts 1, a yes or no against an abstention ½, a yes against a no 0, and the score is
 * their mean. {@code all} counts every year together.
 */
public record Agreement(List<ActorId> actors, TopicId topicId, Instant knownAt, List<Pair> pairs) {

	public record Pair(ActorId first, ActorId second, Counts all, List<Year> years) {

	}

	public record Year(int year, Counts counts) {

	}

	/**
	 * Roll calls both voted on, how many alike, how many with one abstaining against a
	 * yes or no, how many opposed, and the agreement score (null when they shared none).
	 */
	public record Counts(int shared, int same, int oneAbstained, int opposed, Double score) {

		public static Counts of(int same, int oneAbstained, int opposed) {
			int shared = same + oneAbstained + opposed;
			return new Counts(shared, same, oneAbstained, opposed,
					shared == 0 ? null : (same + oneAbstained / 2.0) / shared);
		}

	}

}

package org.policyledger.read.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds a quoted passage in a text as a reader would: ignoring case, runs of whitespace,
 * and which quotation marks, apostrophes, dashes or ellipsis the two use. Offsets are in
 * the text as given. When the passage is not there, the nearest one is the stretch of as
 * many words that shares the most words with it.
 */
final class QuoteMatcher {

	/** Characters of context shown on each side of a passage. */
	static final int CONTEXT = 160;

	/** The most characters of context kept, passage included. */
	static final int MAX_CONTEXT = 8000;

	/** Where a passage was found (or came nearest), and the text around it. */
	record Match(boolean found, int offset, int length, int contextStart, String context) {
	}

	/**
	 * A text normalised once, with each normalised character's offset in the original.
	 */
	static final class Text {

		private final String original;

		private final String normalized;

		private final int[] origins;

		Text(String original) {
			this.original = original;
			StringBuilder out = new StringBuilder(original.length());
			int[] from = new int[original.length() + 16];
			boolean space = true;
			for (int i = 0; i < original.length(); i++) {
				char c = original.charAt(i);
				if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
					if (!space) {
						from = room(from, out.length());
						from[out.length()] = i;
						out.append(' ');
						space = true;
					}
					continue;
				}
				String folded = fold(c);
				for (int k = 0; k < folded.length(); k++) {
					from = room(from, out.length());
					from[out.length()] = i;
					out.append(folded.charAt(k));
				}
				space = false;
			}
			if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
				out.setLength(out.length() - 1);
			}
			this.normalized = out.toString();
			this.origins = from;
		}

		private static int[] room(int[] origins, int index) {
			return index < origins.length ? origins : Arrays.copyOf(origins, origins.length * 2);
		}

		String normalized() {
			return normalized;
		}

		/** The original offsets of the normalised range [start, end). */
		private Match match(boolean found, int start, int end) {
			int from = origins[start];
			int to = end == 0 ? 0 : origins[end - 1] + 1;
			int contextStart = Math.max(0, from - CONTEXT);
			int contextEnd = Math.min(Math.min(original.length(), to + CONTEXT), contextStart + MAX_CONTEXT);
			return new Match(found, from, to - from, contextStart, original.substring(contextStart, contextEnd));
		}

	}

	private QuoteMatcher() {
	}

	/**
	 * The passage in the text, or the nearest one (the text's start for a passage without
	 * words).
	 */
	static Match find(Text text, String passage) {
		String quote = new Text(passage).normalized();
		int at = quote.isEmpty() ? -1 : text.normalized().indexOf(quote);
		if (at >= 0) {
			return text.match(true, at, at + quote.length());
		}
		return nearest(text, quote);
	}

	/**
	 * The window of the text's words, as many as the quote has, that shares the most
	 * words with it (counted with repeats); the first such window.
	 */
	private static Match nearest(Text text, String quote) {
		List<int[]> words = words(text.normalized());
		Map<String, Integer> wanted = new HashMap<>();
		words(quote).forEach(w -> wanted.merge(quote.substring(w[0], w[1]), 1, Integer::sum));
		int size = Math.min(wanted.values().stream().mapToInt(Integer::intValue).sum(), words.size());
		if (size == 0) {
			return text.match(false, 0, 0);
		}
		Map<String, Integer> window = new HashMap<>();
		int shared = 0;
		int best = -1;
		int bestStart = 0;
		for (int i = 0; i < words.size(); i++) {
			shared += add(window, wanted, word(text, words.get(i)), 1);
			if (i >= size) {
				shared += add(window, wanted, word(text, words.get(i - size)), -1);
			}
			if (i >= size - 1 && shared > best) {
				best = shared;
				bestStart = i - size + 1;
			}
		}
		return text.match(false, words.get(bestStart)[0], words.get(bestStart + size - 1)[1]);
	}

	/**
	 * Adds (or removes) one occurrence of a word to the window; answers how the count of
	 * shared words changes.
	 */
	private static int add(Map<String, Integer> window, Map<String, Integer> wanted, String word, int delta) {
		int before = window.getOrDefault(word, 0);
		int after = before + delta;
		window.put(word, after);
		int limit = wanted.getOrDefault(word, 0);
		return Math.min(after, limit) - Math.min(before, limit);
	}

	private static String word(Text text, int[] range) {
		return text.normalized().substring(range[0], range[1]);
	}

	/** The [start, end) ranges of the words (letters and digits) in a normalised text. */
	private static List<int[]> words(String normalized) {
		List<int[]> words = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= normalized.length(); i++) {
			boolean inWord = i < normalized.length() && Character.isLetterOrDigit(normalized.charAt(i));
			if (inWord && start < 0) {
				start = i;
			}
			else if (!inWord && start >= 0) {
				words.add(new int[] { start, i });
				start = -1;
			}
		}
		return words;
	}

	/** A character as compared: lower case, one kind of quote, dash and ellipsis. */
	private static String fold(char c) {
		return switch (c) {
			case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4' -> "'";
			case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> "\"";
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
			case '\u2026' -> "...";
			default -> String.valueOf(c).toLowerCase(Locale.ROOT);
		};
	}

}

package org.policyledger.api;

import java.util.Locale;

/**
 * A typed identifier. Its {@code toString()} is the aggregate identifier in the event
 * store, prefixed by its kind so that ids of different kinds never collide.
 */
public sealed interface LedgerId permits ActorId, TopicId, InstrumentId, SourceId, FactId {

	String value();

	/** The kind of thing named, as said in messages: "actor", "topic", ... */
	String kind();

	/**
	 * What makes two ids the same id: kind and value ignoring case, so that 'usa' cannot
	 * stand beside 'USA'. Ids are ASCII, so there is no other folding to do.
	 */
	default String key() {
		return kind() + ":" + value().toLowerCase(Locale.ROOT);
	}

	/** The id as users write it, quoted for messages: {@code actor 'USA'}. */
	default String describe() {
		return kind() + " '" + value() + "'";
	}

	/** The id an aggregate identifier ({@code actor:USA}) stands for. */
	static LedgerId parse(String aggregateIdentifier) {
		int colon = aggregateIdentifier.indexOf(':');
		String value = aggregateIdentifier.substring(colon + 1);
		return switch (aggregateIdentifier.substring(0, Math.max(colon, 0))) {
			case "actor" -> ActorId.of(value);
			case "topic" -> TopicId.of(value);
			case "instrument" -> InstrumentId.of(value);
			case "source" -> SourceId.of(value);
			case "fact" -> FactId.of(value);
			default ->
				throw new IllegalArgumentException("not a ledger id: '" + Inputs.shown(aggregateIdentifier) + "'");
		};
	}

	static String requireShape(String value, String kind) {
		if (value == null || !hasShape(value)) {
			String shown = value == null ? "null" : "'" + Inputs.shown(value) + "'";
			throw new IllegalArgumentException("invalid " + kind + " id " + shown
					+ ": expected 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		return value;
	}

	/**
	 * What ids look like: 1 to 128 ASCII letters, digits, '.', '_' or '-', not starting
	 * with a symbol. Checked by hand rather than by a pattern: every id of every entry an
	 * import reads passes here.
	 */
	private static boolean hasShape(String value) {
		if (value.isEmpty() || value.length() > 128 || !isLetterOrDigit(value.charAt(0))) {
			return false;
		}
		for (int i = 1; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
				return false;
			}
		}
		return true;
	}

	private static boolean isLetterOrDigit(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

}

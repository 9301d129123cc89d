package org.policyledger.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * A Jackson module for every string read from JSON: it must be a JSON string (not a
 * number or boolean quietly turned into one), without unpaired UTF-16 surrogates (from
 * escapes such as {@code "\ud800"}), control characters other than tab, line feed and
 * carriage return, invisible formatting characters (bidirectional overrides, zero-width
 * spaces, a byte order mark), noncharacters or tag characters.
 */
public final class PlainText extends SimpleModule {

	public PlainText() {
		super("plain-text");
		addDeserializer(String.class, new Checked());
	}

	/** Why the text is refused, or null when it is plain text. */
	static String problem(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				int codePoint = text.codePointAt(i);
				if (isNoncharacter(codePoint) || isTag(codePoint)) {
					return "contains " + name(codePoint) + " at " + (i + 1);
				}
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return "contains an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase() + ") at " + (i + 1);
			}
			else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return "contains the control character " + hex(c) + " at " + (i + 1);
			}
			else if (isInvisible(c) || isNoncharacter(c)) {
				return "contains " + name(c) + " at " + (i + 1);
			}
		}
		return null;
	}

	/**
	 * Characters that change how text reads without showing: bidirectional overrides,
	 * embeddings, isolates and marks (which can make a quote read backwards), and the
	 * zero-width space, word joiners and byte order mark. The zero-width (non-)joiners
	 * U+200C and U+200D are allowed: Persian, Indic scripts and emoji need them.
	 */
	private static boolean isInvisible(char c) {
		return c == '\u061C' || c == '\u200B' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
				|| (c >= '\u2060' && c <= '\u2064') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
	}

	/**
	 * Code points Unicode reserves never to be characters (U+FDD0..U+FDEF, U+xxFFFE,
	 * U+xxFFFF).
	 */
	private static boolean isNoncharacter(int codePoint) {
		return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
	}

	/** The tag characters U+E0000..U+E007F, invisible and able to smuggle text along. */
	private static boolean isTag(int codePoint) {
		return codePoint >= 0xE0000 && codePoint <= 0xE007F;
	}

	private static String name(int codePoint) {
		String kind = isTag(codePoint) ? "the tag character"
				: isNoncharacter(codePoint) ? "the noncharacter" : "the invisible formatting character";
		return kind + " " + hex(codePoint);
	}

	private static String hex(int codePoint) {
		return String.format("U+%04X", codePoint);
	}

	private static final class Checked extends StdScalarDeserializer<String> {

		Checked() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
			if (!p.hasToken(JsonToken.VALUE_STRING)) {
				return (String) ctxt.handleUnexpectedToken(String.class, p);
			}
			String text = p.getText();
			String problem = problem(text);
			if (problem != null) {
				return (String) ctxt.handleWeirdStringValue(String.class, text, "text %s", problem);
			}
			return text;
		}

	}

}

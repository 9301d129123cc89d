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
 * escapes such as {@code "\ud800"}) or control characters other than tab, line feed and
 * carriage return.
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
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return "contains an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase() + ") at " + (i + 1);
			}
			else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return "contains the control character U+" + String.format("%04X", (int) c) + " at " + (i + 1);
			}
		}
		return null;
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

package org.policyledger.interchange.unvotes;

import java.util.regex.Pattern;

/**
 * Repairs the roll calls' {@code descr} text. The dataset stands quotation marks in for
 * runs of backslashes and doubled quotes, pads some texts with tab-separated zeros, and
 * keeps Mac Roman quotation marks as escapes such as {@code <d3>}. A few texts copied
 * from meeting records keep a control character where a page broke (U+0008 after the page
 * number in roll call 5917): it becomes a space, as the ledger stores plain text.
 */
final class Descriptions {

	private static final Pattern TRAILING_CELLS = Pattern.compile("(\\t[0-9]*)+\\s*$");

	private static final Pattern BACKSLASHES = Pattern.compile("\\\\+");

	private static final Pattern QUOTES = Pattern.compile("\"{2,}");

	private static final Pattern CONTROLS = Pattern.compile(" *[\\p{Cc}&&[^\\t\\n\\r]]+ *");

	private Descriptions() {
	}

	static String clean(String raw) {
		if (raw == null || raw.isBlank() || "NA".equals(raw)) {
			return null;
		}
		String text = TRAILING_CELLS.matcher(raw).replaceAll("");
		text = BACKSLASHES.matcher(text).replaceAll("\"");
		text = QUOTES.matcher(text).replaceAll("\"");
		text = CONTROLS.matcher(text).replaceAll(" ");
		text = text.replace("<d2>", "\u201c")
			.replace("<d3>", "\u201d")
			.replace("<d4>", "\u2018")
			.replace("<d5>", "\u2019");
		text = text.strip();
		if (text.endsWith("\"") && text.chars().filter(c -> c == '"').count() % 2 == 1) {
			text = text.substring(0, text.length() - 1).strip();
		}
		return text.isEmpty() ? null : text;
	}

}

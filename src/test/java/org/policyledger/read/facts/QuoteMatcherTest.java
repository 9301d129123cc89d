package org.policyledger.read.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMatcherTest {

	private static final String ARTICLE = "He stated, \u201cWe totally reject all efforts by international bodies\n"
			+ "to assert centralized control\u2014and global governance of AI.\u201d Then he left.";

	private static QuoteMatcher.Match find(String passage) {
		return QuoteMatcher.find(new QuoteMatcher.Text(ARTICLE), passage);
	}

	@Test
	void findsAPassageVerbatimAtItsOffsetInTheOriginalText() {
		QuoteMatcher.Match match = find("We totally reject");
		assertThat(match.found()).isTrue();
		assertThat(ARTICLE.substring(match.offset(), match.offset() + match.length())).isEqualTo("We totally reject");
	}

	@Test
	void findsAPassageIgnoringCaseWhitespaceQuotesAndDashes() {
		QuoteMatcher.Match match = find("\"we TOTALLY reject all efforts by international bodies to assert"
				+ " centralized control-and global governance of AI.\"");
		assertThat(match.found()).isTrue();
		assertThat(ARTICLE.substring(match.offset(), match.offset() + match.length())).startsWith("\u201cWe totally")
			.endsWith("of AI.\u201d");
	}

	@Test
	void givesTheNearestPassageForAQuoteWithOneWordChanged() {
		QuoteMatcher.Match match = find("We firmly reject all efforts by international bodies");
		assertThat(match.found()).isFalse();
		assertThat(ARTICLE.substring(match.offset(), match.offset() + match.length()))
			.isEqualTo("We totally reject all efforts by international bodies");
	}

	@Test
	void givesTheTextAroundThePassageAsContext() {
		QuoteMatcher.Match match = find("Then he left.");
		assertThat(match.context()).isEqualTo(ARTICLE.substring(match.contextStart()));
		assertThat(match.contextStart()).isEqualTo(Math.max(0, match.offset() - QuoteMatcher.CONTEXT));
	}

}

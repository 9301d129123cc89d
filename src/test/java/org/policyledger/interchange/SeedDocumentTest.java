package org.policyledger.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.policyledger.api.Citation;
import org.policyledger.api.RecordFact;

/** The shipped seed cites the two articles in ../shared/seeds, word for word. */
class SeedDocumentTest {

	private static final Path SEEDS = Path.of("..", "shared", "seeds");

	private static LedgerDocument seed() throws IOException {
		try (InputStream in = SeedDocumentTest.class.getResourceAsStream("/seed/ledger-seed.json")) {
			return new ObjectMapper().findAndRegisterModules().readValue(in, LedgerDocument.class);
		}
	}

	@Test
	void quotesTheArticlesVerbatimInEveryLocator() throws IOException {
		Map<String, String> articles = Map.of("csis-2025-10-07-un-global-dialogue",
				Files.readString(SEEDS.resolve("csis-un-global-dialogue-2025-10-07.txt")),
				"news-2025-09-us-rejects-un-ai-oversight",
				Files.readString(SEEDS.resolve("us-rejects-global-ai-governance-unga-2025.txt")));
		LedgerDocument seed = seed();
		assertThat(seed.facts()).hasSize(36);
		for (RecordFact fact : seed.facts()) {
			for (Citation citation : fact.sources()) {
				assertThat(articles.get(citation.source().value())).as("locator of %s", fact.factId())
					.contains(citation.locator());
			}
		}
	}

	@Test
	void givesEveryFactAnIdSoThatReloadingIsIdempotent() throws IOException {
		assertThat(seed().facts()).allSatisfy(fact -> assertThat(fact.factId()).isNotNull());
	}

}

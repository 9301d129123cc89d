package org.policyledger.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.policyledger.api.Citation;
import org.policyledger.api.RecordFact;
import org.policyledger.ledger.BatchEntry;

/** The shipped seed cites the two articles in ../shared/seeds, word for word. */
class SeedDocumentTest {

	private static final Path SEEDS = Path.of("..", "shared", "seeds");

	private static List<RecordFact> seedFacts() throws IOException {
		List<RecordFact> facts = new ArrayList<>();
		try (InputStream in = SeedDocumentTest.class.getResourceAsStream("/seed/ledger-seed.json");
				EntryReader reader = FileFormat.JSON.read("ledger-seed.json", in, () -> -1,
						new ObjectMapper().findAndRegisterModules())) {
			BatchEntry entry;
			while ((entry = reader.next()) != null) {
				if (entry.command() instanceof RecordFact fact) {
					facts.add(fact);
				}
			}
		}
		return facts;
	}

	@Test
	void quotesTheArticlesVerbatimInEveryLocator() throws IOException {
		Map<String, String> articles = Map.of("csis-2025-10-07-un-global-dialogue",
				Files.readString(SEEDS.resolve("csis-un-global-dialogue-2025-10-07.txt")),
				"news-2025-09-us-rejects-un-ai-oversight",
				Files.readString(SEEDS.resolve("us-rejects-global-ai-governance-unga-2025.txt")));
		List<RecordFact> facts = seedFacts();
		assertThat(facts).hasSize(36);
		for (RecordFact fact : facts) {
			for (Citation citation : fact.sources()) {
				assertThat(articles.get(citation.source().value())).as("locator of %s", fact.factId())
					.contains(citation.locator());
			}
		}
	}

	@Test
	void givesEveryFactItsOwnIdSoThatReloadingIsIdempotent() throws IOException {
		assertThat(seedFacts()).extracting(fact -> fact.factId().value()).doesNotHaveDuplicates();
	}

}

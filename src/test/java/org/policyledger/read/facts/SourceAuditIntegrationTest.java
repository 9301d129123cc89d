package org.policyledger.read.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.read.ReadModelMaintenance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Sources archived, quotes checked against them, and the audit views, on the seed. */
@LedgerIntegrationTest
class SourceAuditIntegrationTest {

	private static final String CSIS = "csis-2025-10-07-un-global-dialogue";

	private static final String EDITOR = "Bearer " + LedgerIntegrationTest.EDITOR_TOKEN;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ReadModelMaintenance readModel;

	@Autowired
	private JdbcTemplate jdbc;

	/** The actor of this test's facts, so that no other test's answers change. */
	private static final String ACTOR = "audit-actor";

	@BeforeEach
	void readModelCaughtUpWithTheActorRegistered() throws Exception {
		mvc.perform(post("/api/actors").header("Authorization", EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"actorId\": \"%s\", \"kind\": \"GROUP\", \"name\": \"Audit\"}".formatted(ACTOR)));
		awaitReadModel();
	}

	private void awaitReadModel() {
		await().atMost(Duration.ofSeconds(20)).until(readModel::isCaughtUp);
	}

	private ResultActions write(String path, String json) throws Exception {
		return mvc
			.perform(post(path).header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().is2xxSuccessful());
	}

	private ResultActions archive(String source, String contentType, byte[] document) throws Exception {
		return mvc.perform(post("/api/sources/" + source + "/archives").header("Authorization", EDITOR)
			.param("url", "https://example.org/" + source)
			.param("retrievedAt", "2025-10-08T09:00:00Z")
			.header("Content-Type", contentType)
			.content(document));
	}

	private void registerSource(String id, String kind) throws Exception {
		write("/api/sources", """
				{"sourceId": "%s", "publisher": "A publisher", "title": "A document", "published": "2025",
				 "kind": "%s"}""".formatted(id, kind));
	}

	private void statePosition(String factId, String source, String locator) throws Exception {
		write("/api/facts", """
				{"type": "PositionStated", "factId": "%s", "actorId": "%s", "topicId": "open-source-ai",
				 "stance": "SUPPORTS", "summary": "A position", "validTime": "2025-06",
				 "sources": [{"source": "%s", "locator": "%s"}]}""".formatted(factId, ACTOR, source, locator));
	}

	private long events() {
		return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
	}

	@Test
	void verifiesEverySeedCitationAgainstTheArchivedArticles() throws Exception {
		long citations = jdbc.queryForObject("select count(*) from rm_citation c join rm_fact f"
				+ " on f.fact_id = c.fact_id where f.recorded_by = 'seed'", Long.class);
		long verified = jdbc.queryForObject(
				"select count(*) from rm_quote_check c join rm_fact f"
						+ " on f.fact_id = c.fact_id where f.recorded_by = 'seed' and c.quote_status = 'VERIFIED'",
				Long.class);
		assertThat(citations).isGreaterThanOrEqualTo(36);
		assertThat(verified).isEqualTo(citations);
		mvc.perform(get("/api/facts/usa-2025-paris-declaration-declined/evidence"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evidence[0].status").value("verified"))
			.andExpect(jsonPath("$.evidence[0].kind").value("SECONDARY"))
			.andExpect(jsonPath("$.evidence[0].archive.version").value(1))
			.andExpect(jsonPath("$.evidence[0].archive.sha256").isString())
			.andExpect(jsonPath("$.evidence[0].context",
					containsString("declined to sign the nonbinding Paris AI summit declaration")));
	}

	@Test
	void reportsAQuoteWithOneWordAlteredAsNotFoundWithTheNearestPassage() throws Exception {
		statePosition("audit-altered-quote", CSIS,
				"Countries were mostly divided in calling for cooperation on multilateral AI governance");
		awaitReadModel();
		mvc.perform(get("/api/facts/audit-altered-quote/evidence"))
			.andExpect(jsonPath("$.evidence[0].status").value("not-found"))
			.andExpect(jsonPath("$.evidence[0].context", containsString(
					"Countries were mostly united in calling for cooperation on multilateral AI governance")));
		mvc.perform(get("/api/audit/quotes").param("status", "not-found").param("limit", "1000"))
			.andExpect(jsonPath("$.facts[?(@.factId == 'audit-altered-quote')]").exists());
	}

	@Test
	void checksACitationRecordedBeforeItsSourceWasArchivedWhenTheArchiveArrives() throws Exception {
		registerSource("audit-late-archive", "PRIMARY");
		statePosition("audit-cites-before-archive", "audit-late-archive", "we support open models");
		awaitReadModel();
		mvc.perform(get("/api/facts/audit-cites-before-archive/evidence"))
			.andExpect(jsonPath("$.evidence[0].status").value("no-archive"));
		archive("audit-late-archive", "text/plain; charset=UTF-8",
				"Minutes. We support open models, said the minister.".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isCreated());
		awaitReadModel();
		mvc.perform(get("/api/facts/audit-cites-before-archive/evidence"))
			.andExpect(jsonPath("$.evidence[0].status").value("verified"))
			.andExpect(jsonPath("$.evidence[0].offset").value(9));
	}

	@Test
	void keepsTheEarlierVersionOfASourceArchivedAgainAndListsTheClaimsThatCitedIt() throws Exception {
		registerSource("audit-changing", "SECONDARY");
		archive("audit-changing", "text/html",
				"<html><head><title>t</title><script>var x;</script></head><body><p>The minister backed open AI models.</p></body></html>"
					.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1));
		statePosition("audit-cites-first-version", "audit-changing", "backed open AI models");
		archive("audit-changing", "text/plain",
				"The minister questioned open AI models.".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/sources/audit-changing/archives/2"));
		awaitReadModel();
		mvc.perform(get("/api/sources/audit-changing/archives/1"))
			.andExpect(jsonPath("$.text").value("The minister backed open AI models."))
			.andExpect(jsonPath("$.version.mediaType").value("text/html"));
		mvc.perform(get("/api/audit/changed-sources"))
			.andExpect(jsonPath("$[?(@.sourceId == 'audit-changing')].earlierCitations[0].factId")
				.value("audit-cites-first-version"));
		mvc.perform(get("/api/facts/audit-cites-first-version/evidence"))
			.andExpect(jsonPath("$.evidence[0].status").value("verified"))
			.andExpect(jsonPath("$.evidence[0].latestVersion").value(2))
			.andExpect(jsonPath("$.evidence[0].latestStatus").value("not-found"));
	}

	@Test
	void answersTheSameVersionForTheLatestTextArchivedAgain() throws Exception {
		registerSource("audit-same-text", "PRIMARY");
		byte[] text = "A statement.".getBytes(StandardCharsets.UTF_8);
		archive("audit-same-text", "text/plain", text).andExpect(status().isCreated());
		long before = events();
		archive("audit-same-text", "text/plain", text).andExpect(status().isOk())
			.andExpect(jsonPath("$.alreadyArchived").value(true))
			.andExpect(jsonPath("$.version").value(1));
		assertThat(events()).isEqualTo(before);
	}

	private void decline(String factId, String validTime) throws Exception {
		write("/api/facts", """
				{"type": "DeclarationDeclined", "factId": "%s", "actorId": "%s",
				 "instrumentId": "paris-ai-action-summit-declaration-2025", "validTime": "%s",
				 "sources": [{"source": "%s", "locator": "declined to sign"}]}""".formatted(factId, ACTOR, validTime,
				CSIS));
	}

	@Test
	void listsTwoConflictingDatesForOneDeclinedDeclarationUntilARetractionSettlesThem() throws Exception {
		decline("audit-first-decline", "2025-02");
		decline("audit-second-decline", "2025-03");
		awaitReadModel();
		String conflict = "$[?(@.actorId == '" + ACTOR + "' && @.type == 'DeclarationDeclined')]";
		mvc.perform(get("/api/audit/conflicts"))
			.andExpect(jsonPath(conflict + ".differs").value("validTime"))
			.andExpect(
					jsonPath(conflict + ".facts[*].factId", hasItems("audit-first-decline", "audit-second-decline")));
		write("/api/facts", """
				{"type": "FactRetracted", "retractedFactId": "audit-second-decline", "reason": "Dated in February",
				 "sources": [{"source": "%s", "locator": "earlier in 2025"}]}""".formatted(CSIS));
		awaitReadModel();
		mvc.perform(get("/api/audit/conflicts")).andExpect(jsonPath(conflict).isEmpty());
	}

	@Test
	void listsOneStatementReadAsTwoStancesAsAConflict() throws Exception {
		write("/api/topics",
				"{\"topicId\": \"audit-topic\", \"name\": \"Audit topic\", \"description\": \"Supports: backs it.\"}");
		for (String stance : new String[] { "SUPPORTS", "OPPOSES" }) {
			write("/api/facts", """
					{"type": "PositionStated", "factId": "audit-read-as-%s", "actorId": "%s", "topicId": "audit-topic",
					 "stance": "%s", "summary": "One statement", "validTime": "2025-05-04",
					 "sources": [{"source": "%s", "locator": "a passage"}]}""".formatted(stance, ACTOR, stance, CSIS));
		}
		awaitReadModel();
		mvc.perform(get("/api/audit/conflicts"))
			.andExpect(jsonPath("$[?(@.topicId == 'audit-topic')].differs").value("stance"))
			.andExpect(jsonPath("$[?(@.topicId == 'audit-topic')].facts[*].factId",
					hasItems("audit-read-as-SUPPORTS", "audit-read-as-OPPOSES")));
	}

	@Test
	void listsFactsRestingOnlyOnSecondarySources() throws Exception {
		registerSource("audit-primary", "PRIMARY");
		archive("audit-primary", "text/plain",
				"Official record: open models supported.".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isCreated());
		statePosition("audit-primary-cited", "audit-primary", "open models supported");
		awaitReadModel();
		mvc.perform(get("/api/audit/secondary-only").param("limit", "1000"))
			.andExpect(jsonPath("$.facts[?(@.factId == 'usa-2025-paris-declaration-declined')]").exists())
			.andExpect(jsonPath("$.facts[?(@.factId == 'audit-primary-cited')]").doesNotExist());
	}

	@Test
	void refusesAnArchiveOverTheSizeLimitStoringNothing() throws Exception {
		long before = events();
		archive(CSIS, "text/plain", new byte[20 * 1024 * 1024 + 1]).andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("ledger.web.max-archive-size")));
		assertThat(events()).isEqualTo(before);
	}

	@Test
	void refusesAnArchiveOfAnUnknownMediaTypeStoringNothing() throws Exception {
		long before = events();
		archive(CSIS, "application/msword", new byte[] { 1, 2, 3 }).andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("text/plain, text/html")));
		assertThat(events()).isEqualTo(before);
	}

	@Test
	void refusesTextNotValidInItsDeclaredEncodingStoringNothing() throws Exception {
		long before = events();
		archive(CSIS, "text/plain; charset=UTF-8", new byte[] { 'a', (byte) 0xC3, '(' })
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("not valid UTF-8")));
		assertThat(events()).isEqualTo(before);
	}

	@Test
	void refusesAnArchiveForAnUnknownSourceStoringNothing() throws Exception {
		long before = events();
		archive("no-such-source", "text/plain", "text".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("unknown source 'no-such-source'")));
		assertThat(events()).isEqualTo(before);
	}

	@Test
	void refusesAnUnknownQuoteStatusNamingTheKnownOnes() throws Exception {
		mvc.perform(get("/api/audit/quotes").param("status", "lost"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value("unknown quote status 'lost'; expected verified, not-found or no-archive"));
	}

	@Test
	void refusesAnArchiveWithoutAnEditorToken() throws Exception {

		mvc.perform(post("/api/sources/" + CSIS + "/archives").contentType(MediaType.TEXT_PLAIN).content("text"))
			.andExpect(status().isUnauthorized());
	}

}

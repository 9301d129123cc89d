package org.policyledger.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@LedgerIntegrationTest
class ReadApiIntegrationTest {

	private static final String MULTILATERAL = "/api/actors/USA/stances/multilateral-ai-governance";

	private static final String CSIS = "csis-2025-10-07-un-global-dialogue";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ReadModelMaintenance readModel;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void readModelCaughtUp() {
		awaitReadModel();
	}

	private void awaitReadModel() {
		await().atMost(Duration.ofSeconds(20)).until(readModel::isCaughtUp);
	}

	private ResultActions read(String path) throws Exception {
		return mvc.perform(get(path));
	}

	private void write(String path, String json) throws Exception {
		mvc.perform(post(path).header("Authorization", "Bearer " + LedgerIntegrationTest.EDITOR_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().is2xxSuccessful());
	}

	private void registerActor(String id) throws Exception {
		write("/api/actors", "{\"actorId\": \"%s\", \"kind\": \"GROUP\", \"name\": \"%s\"}".formatted(id, id));
	}

	private void statePosition(String factId, String actor, String stance, String validTime) throws Exception {
		statePosition(factId, actor, "open-source-ai", stance, validTime);
	}

	private void statePosition(String factId, String actor, String topic, String stance, String validTime)
			throws Exception {
		write("/api/facts", """
				{"type": "PositionStated", "factId": "%s", "actorId": "%s", "topicId": "%s",
				 "stance": "%s", "summary": "A position", "validTime": "%s",
				 "sources": [{"source": "%s", "locator": "a passage"}]}""".formatted(factId, actor, topic, stance,
				validTime, CSIS));
	}

	@Test
	void showsAResolutionAdoptedWithoutAVote() throws Exception {
		write("/api/instruments", """
				{"instrumentId": "unga-res-without-vote", "kind": "RESOLUTION", "title": "A resolution",
				 "date": "2024-03-21"}""");
		write("/api/facts", """
				{"type": "ResolutionAdopted", "factId": "unga-res-without-vote-adopted", "actorId": "UN",
				 "instrumentId": "unga-res-without-vote", "method": "WITHOUT_VOTE", "validTime": "2024-03-21",
				 "sources": [{"source": "%s", "locator": "a passage"}]}""".formatted(CSIS));
		awaitReadModel();
		read("/api/facts/unga-res-without-vote-adopted").andExpect(status().isOk())
			.andExpect(jsonPath("$.fact.method").value("WITHOUT_VOTE"))
			.andExpect(jsonPath("$.fact.tally").doesNotExist());
	}

	@Test
	void listsTheSponsorsOfAResolutionWithTheirParts() throws Exception {
		write("/api/instruments", """
				{"instrumentId": "unga-res-sponsored", "kind": "RESOLUTION", "title": "A resolution",
				 "date": "2024-03-21"}""");
		write("/api/facts", """
				{"type": "ResolutionSponsored", "factId": "usa-pens-unga-res-sponsored", "actorId": "USA",
				 "instrumentId": "unga-res-sponsored", "role": "PENHOLDER", "validTime": "2024-03-11",
				 "sources": [{"source": "%s", "locator": "a passage"}]}""".formatted(CSIS));
		awaitReadModel();
		read("/api/instruments/unga-res-sponsored/status?asOf=2024-03-21").andExpect(jsonPath("$.sponsors", hasSize(1)))
			.andExpect(jsonPath("$.sponsors[0].actorId").value("USA"))
			.andExpect(jsonPath("$.sponsors[0].role").value("PENHOLDER"))
			.andExpect(jsonPath("$.counts.sponsors.STATE").value(1));
	}

	/**
	 * An actor ("BTI" and others) that signs principles expressing support for AI
	 * verification on 2024-05-01.
	 */
	private void signsPrinciplesExpressingSupport(String actor, String instrument) throws Exception {
		write("/api/instruments", """
				{"instrumentId": "%s", "kind": "PRINCIPLES", "title": "Principles", "date": "2024-05-01",
				 "expresses": [{"topicId": "ai-verification", "stance": "SUPPORTS"}]}""".formatted(instrument));
		registerActor(actor);
		write("/api/facts", """
				{"type": "DeclarationSigned", "factId": "%s-signs-%s", "actorId": "%s", "instrumentId": "%s",
				 "validTime": "2024-05-01", "sources": [{"source": "%s", "locator": "a passage"}]}"""
			.formatted(actor.toLowerCase(), instrument, actor, instrument, CSIS));
	}

	@Test
	void infersTheStanceThatASignedInstrumentExpresses() throws Exception {
		signsPrinciplesExpressingSupport("BTI", "inferring-principles");
		awaitReadModel();
		read("/api/actors/BTI/stances/ai-verification?asOf=2024-06-01")
			.andExpect(jsonPath("$.stance").value("SUPPORTS"))
			.andExpect(jsonPath("$.inferred").value(true))
			.andExpect(jsonPath("$.basis.factId").value("bti-signs-inferring-principles"));
		read("/api/actors/BTI/stances/ai-verification?asOf=2024-04-30").andExpect(jsonPath("$.stance").doesNotExist())
			.andExpect(jsonPath("$.inferred").value(false));
	}

	@Test
	void letsAPositionStatedOnOrAfterTheSignatureOutrankTheInferredStance() throws Exception {
		signsPrinciplesExpressingSupport("BTJ", "outranked-principles");
		statePosition("btj-same-day", "BTJ", "ai-verification", "OPPOSES", "2024-05-01");
		awaitReadModel();
		read("/api/actors/BTJ/stances/ai-verification?asOf=2024-06-01").andExpect(jsonPath("$.stance").value("OPPOSES"))
			.andExpect(jsonPath("$.inferred").value(false));
	}

	@Test
	void letsASignatureOutrankAnEarlierStatedPosition() throws Exception {
		signsPrinciplesExpressingSupport("BTK", "later-principles");
		statePosition("btk-earlier", "BTK", "ai-verification", "OPPOSES", "2023-02-01");
		awaitReadModel();
		read("/api/actors/BTK/stances/ai-verification?asOf=2024-06-01")
			.andExpect(jsonPath("$.stance").value("SUPPORTS"))
			.andExpect(jsonPath("$.inferred").value(true));
		read("/api/actors/BTK/stances/ai-verification?asOf=2024-01-01")
			.andExpect(jsonPath("$.stance").value("OPPOSES"));
	}

	@Test
	void leavesAStatedPositionDatedLooselyAroundTheSignatureUnresolved() throws Exception {
		signsPrinciplesExpressingSupport("BTL", "loosely-principles");
		statePosition("btl-that-year", "BTL", "ai-verification", "OPPOSES", "2024");
		awaitReadModel();
		read("/api/actors/BTL/stances/ai-verification?asOf=2025-01-01")
			.andExpect(jsonPath("$.stance").value("SUPPORTS"))
			.andExpect(jsonPath("$.certain").value(false))
			.andExpect(jsonPath("$.unresolved[0].factId").value("btl-that-year"));
	}

	@Test
	void infersNothingOnceTheSignatureIsWithdrawn() throws Exception {
		signsPrinciplesExpressingSupport("BTM", "withdrawn-principles");
		write("/api/facts", """
				{"type": "SignatureWithdrawn", "factId": "btm-withdraws", "actorId": "BTM",
				 "instrumentId": "withdrawn-principles", "validTime": "2024-09-01",
				 "sources": [{"source": "%s", "locator": "a passage"}]}""".formatted(CSIS));
		awaitReadModel();
		read("/api/actors/BTM/stances/ai-verification?asOf=2024-06-01").andExpect(jsonPath("$.inferred").value(true));
		read("/api/actors/BTM/stances/ai-verification?asOf=2024-10-01").andExpect(jsonPath("$.stance").doesNotExist());
	}

	@Test
	void listsActorsWithAnInferredStanceInTopicAndActorReports() throws Exception {
		signsPrinciplesExpressingSupport("BTN", "reported-principles");
		awaitReadModel();
		read("/api/topics/ai-verification/stances?asOf=2024-06-01")
			.andExpect(jsonPath("$.stances[?(@.actorId == 'BTN')].inferred").value(true));
		read("/api/actors/BTN/stances?asOf=2024-06-01")
			.andExpect(jsonPath("$.stances[?(@.topicId == 'ai-verification')].stance").value("SUPPORTS"));
	}

	@Test
	void tellsATreatysSignatoriesFromItsPartiesAndWhenItEnteredIntoForce() throws Exception {
		write("/api/instruments", """
				{"instrumentId": "test-treaty", "kind": "TREATY", "title": "A treaty", "date": "2024-09-05"}""");
		registerActor("BTT");
		treatyFact("DeclarationSigned", "usa-signs-test-treaty", "USA", null, "2024-09-05");
		treatyFact("TreatyRatified", "usa-ratifies-test-treaty", "USA", "RATIFICATION", "2025-02-10");
		treatyFact("TreatyRatified", "btt-accedes-test-treaty", "BTT", "ACCESSION", "2025-03");
		treatyFact("TreatyEnteredIntoForce", "test-treaty-in-force-usa", "USA", null, "2025-06-01");
		awaitReadModel();
		String status = "/api/instruments/test-treaty/status?asOf=";
		read(status + "2024-12-31").andExpect(jsonPath("$.signatories", hasSize(1)))
			.andExpect(jsonPath("$.signatories[0].actorId").value("USA"))
			.andExpect(jsonPath("$.parties", hasSize(0)))
			.andExpect(jsonPath("$.enteredIntoForce").doesNotExist());
		read(status + "2025-03-15").andExpect(jsonPath("$.parties", hasSize(1)))
			.andExpect(jsonPath("$.parties[0].actorId").value("USA"))
			.andExpect(jsonPath("$.parties[0].means").value("RATIFICATION"))
			.andExpect(jsonPath("$.unresolved", hasSize(1)))
			.andExpect(jsonPath("$.unresolved[0].factId").value("btt-accedes-test-treaty"));
		read(status + "2025-12-31").andExpect(jsonPath("$.signatories", hasSize(1)))
			.andExpect(jsonPath("$.parties", hasSize(2)))
			.andExpect(jsonPath("$.parties[0].actorId").value("USA"))
			.andExpect(jsonPath("$.parties[1].actorId").value("BTT"))
			.andExpect(jsonPath("$.parties[1].means").value("ACCESSION"))
			.andExpect(jsonPath("$.inForce", hasSize(1)))
			.andExpect(jsonPath("$.inForce[0].actorId").value("USA"))
			.andExpect(jsonPath("$.enteredIntoForce").value("2025-06-01"))
			.andExpect(jsonPath("$.counts.parties.STATE").value(1))
			.andExpect(jsonPath("$.counts.parties.GROUP").value(1));
	}

	private void treatyFact(String type, String factId, String actor, String means, String validTime) throws Exception {
		write("/api/facts", """
				{"type": "%s", "factId": "%s", "actorId": "%s", "instrumentId": "test-treaty", %s"validTime": "%s",
				 "sources": [{"source": "%s", "locator": "a passage"}]}""".formatted(type, factId, actor,
				means == null ? "" : "\"means\": \"" + means + "\", ", validTime, CSIS));
	}

	@Test
	void showsTheUsSupportingMultilateralGovernanceIn2020WithItsSources() throws Exception {
		read(MULTILATERAL + "?asOf=2020-01-01").andExpect(status().isOk())
			.andExpect(jsonPath("$.stance").value("SUPPORTS"))
			.andExpect(jsonPath("$.certain").value(true))
			.andExpect(jsonPath("$.basis.factId").value("usa-2019-multilateral-ai-governance"))
			.andExpect(jsonPath("$.basis.sources[0].sourceId").value(CSIS))
			.andExpect(jsonPath("$.basis.sources[0].locator",
					containsString("Washington endorsed the OECD AI Principles")));
	}

	@Test
	void showsTheUsOpposingMultilateralGovernanceOnFirstOctober2025WithItsSources() throws Exception {
		read(MULTILATERAL + "?asOf=2025-10-01").andExpect(jsonPath("$.stance").value("STRONGLY_OPPOSES"))
			.andExpect(jsonPath("$.certain").value(true))
			.andExpect(jsonPath("$.basis.quote", containsString("We totally reject all efforts")))
			.andExpect(jsonPath("$.basis.speaker.name").value("Michael Kratsios"))
			.andExpect(jsonPath("$.basis.sources", hasSize(2)))
			.andExpect(jsonPath("$.basis.sources[0].publisher").exists());
	}

	@Test
	void saysWhenADateKnownOnlyToTheYearMightSupersedeTheAnswer() throws Exception {
		read(MULTILATERAL + "?asOf=2023-11-01").andExpect(jsonPath("$.stance").value("SUPPORTS"))
			.andExpect(jsonPath("$.certain").value(false))
			.andExpect(jsonPath("$.basis.validTime").value("2019"))
			.andExpect(jsonPath("$.unresolved[0].factId").value("usa-2023-multilateral-ai-governance"));
	}

	@Test
	void hasNoStanceBeforeTheFirstPosition() throws Exception {
		read(MULTILATERAL + "?asOf=2018-06-01").andExpect(jsonPath("$.stance").doesNotExist())
			.andExpect(jsonPath("$.certain").value(true));
	}

	@Test
	void answersAsTheLedgerKnewItBeforeACorrection() throws Exception {
		registerActor("BTA");
		statePosition("bta-open-source", "BTA", "SUPPORTS", "2024-03");
		Instant beforeCorrection = Instant.now();
		Thread.sleep(5);
		write("/api/facts", """
				{"type": "FactCorrected", "factId": "bta-open-source-fix", "actorId": "BTA",
				 "correctedFactId": "bta-open-source",
				 "amendment": {"stance": "OPPOSES"}, "reason": "Misread the source",
				 "sources": [{"source": "%s", "locator": "another passage"}]}""".formatted(CSIS));
		awaitReadModel();
		String path = "/api/actors/BTA/stances/open-source-ai?asOf=2024-06-01&knownAt=";
		read(path + beforeCorrection).andExpect(jsonPath("$.stance").value("SUPPORTS"))
			.andExpect(jsonPath("$.basis.status").value("AS_RECORDED"));
		read(path).andExpect(jsonPath("$.stance").value("OPPOSES"))
			.andExpect(jsonPath("$.basis.status").value("CORRECTED"));
		read("/api/facts/bta-open-source").andExpect(jsonPath("$.versions", hasSize(2)))
			.andExpect(jsonPath("$.versions[0].status").value("SUPERSEDED"))
			.andExpect(jsonPath("$.amendments[0].type").value("FactCorrected"))
			.andExpect(jsonPath("$.amendments[0].reason").value("Misread the source"))
			.andExpect(jsonPath("$.fact.stance").value("OPPOSES"))
			.andExpect(jsonPath("$.requested").doesNotExist());
		read("/api/amendments?from=" + beforeCorrection)
			.andExpect(jsonPath("$.amendments[?(@.factId == 'bta-open-source-fix')].amends").value("bta-open-source"))
			.andExpect(
					jsonPath("$.amendments[?(@.factId == 'bta-open-source-fix')].reason").value("Misread the source"))
			.andExpect(jsonPath("$.amendments[?(@.factId == 'bta-open-source-fix')].recordedBy").isNotEmpty());
		read("/api/amendments?to=" + beforeCorrection)
			.andExpect(jsonPath("$.amendments[?(@.factId == 'bta-open-source-fix')]").isEmpty());
		read("/api/facts/bta-open-source-fix").andExpect(jsonPath("$.requested.factId").value("bta-open-source-fix"))
			.andExpect(jsonPath("$.requested.type").value("FactCorrected"))
			.andExpect(jsonPath("$.requested.reason").value("Misread the source"))
			.andExpect(jsonPath("$.fact.factId").value("bta-open-source"));
	}

	@Test
	void ignoresFactsRecordedAfterTheKnownAtInstant() throws Exception {
		Instant before = Instant.now();
		registerActor("BTB");
		statePosition("btb-open-source", "BTB", "SUPPORTS", "2024");
		awaitReadModel();
		read("/api/actors/BTB/stances/open-source-ai?asOf=2025-01-01&knownAt=" + before)
			.andExpect(jsonPath("$.stance").doesNotExist());
		read("/api/actors/BTB/stances/open-source-ai?asOf=2025-01-01")
			.andExpect(jsonPath("$.stance").value("SUPPORTS"));
	}

	@Test
	void stopsCountingARetractedPositionButStillShowsIt() throws Exception {
		registerActor("BTC");
		statePosition("btc-1", "BTC", "SUPPORTS", "2020");
		statePosition("btc-2", "BTC", "OPPOSES", "2022");
		write("/api/facts", """
				{"type": "FactRetracted", "actorId": "BTC", "retractedFactId": "btc-2", "reason": "Wrong actor",
				 "sources": [{"source": "%s", "locator": "a passage"}]}""".formatted(CSIS));
		awaitReadModel();
		read("/api/actors/BTC/stances/open-source-ai?asOf=2024-01-01")
			.andExpect(jsonPath("$.stance").value("SUPPORTS"));
		read("/api/actors/BTC/timeline").andExpect(jsonPath("$.facts[1].factId").value("btc-2"))
			.andExpect(jsonPath("$.facts[1].status").value("RETRACTED"))
			.andExpect(jsonPath("$.shifts", hasSize(0)));
	}

	@Test
	void replaysTheUsTimelineWithItsStanceShifts() throws Exception {
		read("/api/actors/USA/timeline").andExpect(jsonPath("$.facts[0].validTime").value("2019"))
			.andExpect(jsonPath("$.shifts[0].topicId").value("multilateral-ai-governance"))
			.andExpect(jsonPath("$.shifts[0].from").value("SUPPORTS"))
			.andExpect(jsonPath("$.shifts[0].to").value("OPPOSES"))
			.andExpect(jsonPath("$.shifts[0].after.factId").value("usa-2025-07-multilateral-ai-governance"))
			.andExpect(jsonPath("$.shifts[1].to").value("STRONGLY_OPPOSES"));
	}

	@Test
	void listsTheCurrentStancesOfAnActorPerTopic() throws Exception {
		read("/api/actors/CHN/stances").andExpect(
				jsonPath("$.stances[?(@.topicId == 'technology-export-controls')].stance").value("STRONGLY_OPPOSES"));
	}

	@Test
	void streamsTheActorsEventsFromTheEventStoreInOrder() throws Exception {
		String body = read("/api/actors/USA/events").andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/x-ndjson"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String[] lines = body.split("\n");
		assertThat(lines[0]).startsWith("{\"sequence\":0,").contains("\"type\":\"ActorRegistered\"");
		assertThat(lines[1]).startsWith("{\"sequence\":1,").contains("usa-2019-oecd-ai-principles");
	}

	@Test
	void showsWhoSignedAndWhoDeclinedTheParisDeclaration() throws Exception {
		read("/api/instruments/paris-ai-action-summit-declaration-2025/status?asOf=2025-12-31")
			.andExpect(jsonPath("$.signatories[0].actorId").value("CHN"))
			.andExpect(jsonPath("$.decliners[0].actorId").value("USA"));
		read("/api/instruments/paris-ai-action-summit-declaration-2025/status?asOf=2025-06-30")
			.andExpect(jsonPath("$.signatories", hasSize(0)))
			.andExpect(jsonPath("$.unresolved", hasSize(2)));
	}

	@Test
	void namesAndCountsTheActorsOfAnInstrumentsStatusByKind() throws Exception {
		read("/api/instruments/paris-ai-action-summit-declaration-2025/status?asOf=2025-12-31")
			.andExpect(jsonPath("$.actors.USA.name").value("United States"))
			.andExpect(jsonPath("$.actors.USA.kind").value("STATE"))
			.andExpect(jsonPath("$.counts.signatories.STATE").value(1))
			.andExpect(jsonPath("$.counts.decliners.STATE").value(1))
			.andExpect(jsonPath("$.counts.members").isEmpty());
	}

	@Test
	void showsTheMembersOfAnInitiativeAsOfADay() throws Exception {
		read("/api/instruments/gpai/status?asOf=2021-01-01").andExpect(jsonPath("$.members[0].actorId").value("USA"));
		read("/api/instruments/gpai/status?asOf=2019-06-01").andExpect(jsonPath("$.members", hasSize(0)));
	}

	@Test
	void comparesActorsAndSaysWhereTheyDiverge() throws Exception {
		read("/api/topics/multilateral-ai-governance/stances?asOf=2025-10-01&actors=USA,CHN")
			.andExpect(jsonPath("$.stances[0].stance").value("STRONGLY_OPPOSES"))
			.andExpect(jsonPath("$.stances[1].stance").value("STRONGLY_SUPPORTS"))
			.andExpect(jsonPath("$.diverges").value(true))
			.andExpect(jsonPath("$.spread").value(4));
		read("/api/topics/multilateral-ai-governance/stances?asOf=2020-01-01&actors=USA,CHN")
			.andExpect(jsonPath("$.diverges").value(false));
	}

	@Test
	void listsEveryActorThatStatedAPositionOnTheTopic() throws Exception {
		registerActor("BTE");
		statePosition("bte-open-source", "BTE", "OPPOSES", "2023-05");
		awaitReadModel();
		read("/api/topics/open-source-ai/stances?asOf=2024-01-01")
			.andExpect(jsonPath("$.stances[?(@.actorId == 'BTE')].stance").value("OPPOSES"))
			.andExpect(jsonPath("$.stances[?(@.actorId == 'BTE')]", hasSize(1)));
		read("/api/topics/multilateral-ai-governance/stances?asOf=2024-01-01")
			.andExpect(jsonPath("$.stances[?(@.actorId == 'BTE')]", hasSize(0)));
	}

	@Test
	void listsEveryFactCitingASource() throws Exception {
		read("/api/sources/news-2025-09-us-rejects-un-ai-oversight/facts").andExpect(jsonPath("$.facts", hasSize(7)))
			.andExpect(jsonPath("$.next").doesNotExist());
	}

	@Test
	void pagesTheFactsCitingASourceReturningEachOnce() throws Exception {
		List<String> whole = JsonPath.read(body("/api/sources/news-2025-09-us-rejects-un-ai-oversight/facts"),
				"$.facts[*].factId");
		assertThat(cursorPages("/api/sources/news-2025-09-us-rejects-un-ai-oversight/facts", 3)).isEqualTo(whole)
			.hasSize(7)
			.doesNotHaveDuplicates();
	}

	@Test
	void listsAFactCitingTwoPassagesOfASourceOnce() throws Exception {
		write("/api/facts", """
				{"type": "PositionStated", "factId": "usa-cites-twice", "actorId": "USA", "topicId": "open-source-ai",
				 "stance": "SUPPORTS", "summary": "A position", "validTime": "2024",
				 "sources": [{"source": "%s", "locator": "p. 1"}, {"source": "%s", "locator": "p. 2"}]}"""
			.formatted(CSIS, CSIS));
		awaitReadModel();
		assertThat(cursorPages("/api/sources/" + CSIS + "/facts", 1)).containsOnlyOnce("usa-cites-twice")
			.doesNotHaveDuplicates();
	}

	@Test
	void pagesTheSingleSourcedFactsReturningEachOnce() throws Exception {
		List<String> whole = JsonPath.read(body("/api/audit/single-sourced?limit=1000"), "$.facts[*].factId");
		assertThat(cursorPages("/api/audit/single-sourced", 4)).isEqualTo(whole).doesNotHaveDuplicates();
	}

	@Test
	void pagesEveryCatalogueReturningEachEntryOnce() throws Exception {
		for (String kind : List.of("actors", "topics", "instruments", "sources")) {
			List<String> whole = JsonPath.read(body("/api/" + kind + "?limit=1000"), "$.entries[*].id");
			assertThat(pagedIds("/api/" + kind, 2, "entries", "id")).as(kind).isEqualTo(whole).doesNotHaveDuplicates();
		}
	}

	@Test
	void findsCatalogueEntriesByTextInTheirNamesOrAliasesIgnoringCase() throws Exception {
		read("/api/actors?q=UNITED states").andExpect(jsonPath("$.entries[?(@.id == 'USA')]", hasSize(1)))
			.andExpect(jsonPath("$.entries[?(@.id == 'FRA')]", hasSize(0)));
		read("/api/instruments?q=bletchley").andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void takesWildcardsInCatalogueSearchLiterally() throws Exception {
		read("/api/actors?q=%").andExpect(jsonPath("$.total").value(0));
		read("/api/actors?q=_").andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void pagesTheAmendmentsOfAPeriodReturningEachOnce() throws Exception {
		Instant before = Instant.now();
		for (String factId : List.of("paged-retraction-a", "paged-retraction-b", "paged-retraction-c")) {
			statePosition(factId, "USA", "SUPPORTS", "2024");
			write("/api/facts", """
					{"type": "FactRetracted", "retractedFactId": "%s", "reason": "Misattributed",
					 "sources": [{"source": "%s", "locator": "a passage"}]}""".formatted(factId, CSIS));
		}
		awaitReadModel();
		List<String> amended = pagedIds("/api/amendments?from=" + before, 2, "amendments", "amends");
		assertThat(amended).containsExactly("paged-retraction-a", "paged-retraction-b", "paged-retraction-c");
	}

	@Test
	void refusesACataloguePageBeyondTheLimits() throws Exception {
		read("/api/actors?limit=0").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		read("/api/sources/news-2025-09-us-rejects-un-ai-oversight/facts?limit=1001")
			.andExpect(status().isBadRequest());
	}

	@Test
	void refusesACursorThatIsNotAFactId() throws Exception {
		read("/api/audit/single-sourced?after=' or 1=1 --").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("invalid fact id")));
	}

	/** The given field of every item, page by page, until the total. */
	private List<String> pagedIds(String path, int limit, String items, String field) throws Exception {
		List<String> ids = new ArrayList<>();
		String pages = path + (path.contains("?") ? "&" : "?") + "limit=" + limit;
		int total = JsonPath.read(body(pages), "$.total");
		for (int offset = 0; offset < total; offset += limit) {
			List<String> page = JsonPath.read(body(pages + "&offset=" + offset), "$." + items + "[*]." + field);
			assertThat(page).hasSizeLessThanOrEqualTo(limit).isNotEmpty();
			ids.addAll(page);
		}
		assertThat(ids).hasSize(total);
		return ids;
	}

	/** The fact ids of every page, following each page's next. */
	private List<String> cursorPages(String path, int limit) throws Exception {
		List<String> ids = new ArrayList<>();
		String after = null;
		do {
			String page = body(path + "?limit=" + limit + (after == null ? "" : "&after=" + after));
			List<String> facts = JsonPath.read(page, "$.facts[*].factId");
			assertThat(facts).hasSizeLessThanOrEqualTo(limit).isNotEmpty();
			ids.addAll(facts);
			after = (String) JsonPath.<Map<String, Object>>read(page, "$").get("next");
		}
		while (after != null);
		return ids;
	}

	private String body(String path) throws Exception {
		return read(path).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void findsFactsThatRestOnASingleSource() throws Exception {
		read("/api/audit/single-sourced?limit=1000")
			.andExpect(jsonPath("$.facts[?(@.factId == 'usa-2025-09-24-multilateral-ai-governance')]", hasSize(0)))
			.andExpect(jsonPath("$.facts[?(@.factId == 'usa-2019-oecd-ai-principles')]", hasSize(1)));
	}

	@Test
	void countsTwoPassagesOfOneSourceAsASingleSource() throws Exception {
		write("/api/facts", """
				{"type": "PositionStated", "factId": "usa-two-passages", "actorId": "USA", "topicId": "open-source-ai",
				 "stance": "SUPPORTS", "summary": "A position", "validTime": "2024",
				 "sources": [{"source": "%s", "locator": "p. 1"}, {"source": "%s", "locator": "p. 2"}]}"""
			.formatted(CSIS, CSIS));
		awaitReadModel();
		read("/api/audit/single-sourced?limit=1000")
			.andExpect(jsonPath("$.facts[?(@.factId == 'usa-two-passages')]", hasSize(1)));
	}

	@Test
	void leavesRetractedFactsOutOfTheSingleSourceAudit() throws Exception {
		statePosition("single-then-retracted", "USA", "SUPPORTS", "2024");
		write("/api/facts", """
				{"type": "FactRetracted", "retractedFactId": "single-then-retracted", "reason": "Misattributed",
				 "sources": [{"source": "%s", "locator": "a passage"}]}""".formatted(CSIS));
		awaitReadModel();
		read("/api/audit/single-sourced?limit=1000")
			.andExpect(jsonPath("$.facts[?(@.factId == 'single-then-retracted')]", hasSize(0)));
	}

	private List<String> timelineFactIds(String query) throws Exception {
		return JsonPath.read(read("/api/actors/USA/timeline?" + query).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.facts[*].factId");
	}

	@Test
	void pagesTheTimelineWithEveryFactOnceAndTheirTotal() throws Exception {
		List<String> whole = timelineFactIds("limit=20000");
		List<String> paged = new ArrayList<>();
		for (int offset = 0; offset < whole.size(); offset += 3) {
			List<String> page = timelineFactIds("offset=" + offset + "&limit=3");
			assertThat(page).hasSizeLessThanOrEqualTo(3).isNotEmpty();
			paged.addAll(page);
		}
		assertThat(paged).isEqualTo(whole).doesNotHaveDuplicates();
		read("/api/actors/USA/timeline?offset=0&limit=3").andExpect(jsonPath("$.total").value(whole.size()))
			.andExpect(jsonPath("$.facts", hasSize(3)));
	}

	@Test
	void limitsTheTimelineToFactsWhoseValidTimeOverlapsARange() throws Exception {
		List<String> in2023 = timelineFactIds("from=2023-01-01&to=2023-12-31");
		assertThat(in2023).contains("usa-2023-bletchley-declaration")
			.doesNotContain("usa-2019-oecd-ai-principles", "usa-2025-09-24-multilateral-ai-governance");
		read("/api/actors/USA/timeline?from=2023-01-01&to=2023-12-31")
			.andExpect(jsonPath("$.total").value(in2023.size()))
			.andExpect(jsonPath("$.from").value("2023-01-01"));
	}

	@Test
	void rejectsATimelineRangeOrPageThatCannotBeRead() throws Exception {
		read("/api/actors/USA/timeline?from=2024-01-01&to=2023-01-01").andExpect(status().isBadRequest());
		read("/api/actors/USA/timeline?from=2024-13-01").andExpect(status().isBadRequest());
		read("/api/actors/USA/timeline?limit=20001").andExpect(status().isBadRequest());
		read("/api/actors/USA/timeline?offset=-1").andExpect(status().isBadRequest());
	}

	@Test
	void answersUnknownIdsWith404() throws Exception {
		read("/api/actors/ATLANTIS/stances/multilateral-ai-governance").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("unknown actor 'ATLANTIS'"));
		read("/api/actors/USA/stances/no-such-topic").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("unknown topic 'no-such-topic'"));
		read("/api/instruments/no-such-instrument/status").andExpect(status().isNotFound());
		read("/api/amendments?from=yesterday").andExpect(status().isBadRequest());
		read("/api/facts/no-such-fact").andExpect(status().isNotFound());
		read("/api/actors/ATLANTIS/events").andExpect(status().isNotFound());
		read("/api/actors/ATLANTIS/votes").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("unknown actor 'ATLANTIS'"));
		read("/api/actors/USA/votes?topic=no-such-topic").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("unknown topic 'no-such-topic'"));
	}

	private void rollCall(String id, String... topics) throws Exception {
		write("/api/instruments", """
				{"instrumentId": "%s", "kind": "ROLL_CALL", "title": "Roll call %s", "topics": [%s]}""".formatted(id,
				id, Arrays.stream(topics).map(topic -> '"' + topic + '"').collect(Collectors.joining(","))));
	}

	private void vote(String rollCall, String actor, String vote, String day) throws Exception {
		write("/api/facts", """
				{"type": "VoteCast", "factId": "%s-%s", "actorId": "%s", "instrumentId": "%s", "vote": "%s",
				 "validTime": "%s", "sources": [{"source": "%s", "locator": "a roll call"}]}""".formatted(rollCall,
				actor, actor, rollCall, vote, day, CSIS));
	}

	@Test
	void scoresVotingAgreementCountingAnAbstentionAsHalfADisagreement() throws Exception {
		registerActor("agree-a");
		registerActor("agree-b");
		for (String rollCall : List.of("agree-rc-1", "agree-rc-2", "agree-rc-3", "agree-rc-4")) {
			rollCall(rollCall);
		}
		vote("agree-rc-1", "agree-a", "YES", "2023-03-01");
		vote("agree-rc-1", "agree-b", "YES", "2023-03-01");
		vote("agree-rc-2", "agree-a", "YES", "2023-04-01");
		vote("agree-rc-2", "agree-b", "ABSTAIN", "2023-04-01");
		vote("agree-rc-3", "agree-a", "YES", "2024-05-01");
		vote("agree-rc-3", "agree-b", "NO", "2024-05-01");
		vote("agree-rc-4", "agree-a", "NO", "2024-06-01");
		awaitReadModel();
		read("/api/votes/agreement?actors=agree-a,agree-b").andExpect(status().isOk())
			.andExpect(jsonPath("$.pairs[0].all.shared").value(3))
			.andExpect(jsonPath("$.pairs[0].all.score").value(0.5))
			.andExpect(jsonPath("$.pairs[0].years[0].year").value(2023))
			.andExpect(jsonPath("$.pairs[0].years[0].counts.score").value(0.75))
			.andExpect(jsonPath("$.pairs[0].years[1].counts.opposed").value(1))
			.andExpect(jsonPath("$.pairs[0].years[1].counts.score").value(0.0));
	}

	@Test
	void countsEveryActorsVotesInAYearOnRollCallsAboutATopic() throws Exception {
		registerActor("map-a");
		registerActor("map-b");
		rollCall("map-rc-1", "ai-verification");
		rollCall("map-rc-2", "ai-verification");
		rollCall("map-rc-3");
		vote("map-rc-1", "map-a", "YES", "2021-03-01");
		vote("map-rc-2", "map-a", "NO", "2021-12-31");
		vote("map-rc-1", "map-b", "ABSTAIN", "2021-03-01");
		vote("map-rc-3", "map-b", "YES", "2021-05-01");
		awaitReadModel();
		read("/api/topics/ai-verification/votes?year=2021").andExpect(status().isOk())
			.andExpect(jsonPath("$.actors.length()").value(2))
			.andExpect(jsonPath("$.actors[0].actorId").value("map-a"))
			.andExpect(jsonPath("$.actors[0].yes").value(1))
			.andExpect(jsonPath("$.actors[0].no").value(1))
			.andExpect(jsonPath("$.actors[0].yesShare").value(0.5))
			.andExpect(jsonPath("$.actors[1].abstain").value(1))
			.andExpect(jsonPath("$.actors[1].yesShare").value(0.0));
		read("/api/topics/ai-verification/votes?year=2022").andExpect(status().isOk())
			.andExpect(jsonPath("$.actors.length()").value(0));
	}

	@Test
	void refusesTopicVotesWithoutAYearOrForAnUnknownTopic() throws Exception {
		read("/api/topics/ai-verification/votes").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		read("/api/topics/ai-verification/votes?year=twenty").andExpect(status().isBadRequest());
		read("/api/topics/ai-verification/votes?year=10000").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("expected a year from 1 to 9999")));
		read("/api/topics/no-such-topic/votes?year=2021").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("unknown topic 'no-such-topic'"));
	}

	@Test
	void findsFactsByTheWordsOfTheirSummaryQuoteOrSpeakerIgnoringCase() throws Exception {
		read("/api/facts?q=TRUMP").andExpect(status().isOk())
			.andExpect(jsonPath("$.facts[*].factId", hasItem("usa-2019-multilateral-ai-governance")));
		read("/api/facts?q=kratsios&limit=1").andExpect(status().isOk())
			.andExpect(jsonPath("$.facts.length()").value(1))
			.andExpect(jsonPath("$.facts[0].speaker.name").value("Michael Kratsios"))
			.andExpect(jsonPath("$.next").isNotEmpty());
		mvc.perform(get("/api/facts").param("q", "%%%"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.facts.length()").value(0));
	}

	@Test
	void refusesASearchForFewerThanThreeCharacters() throws Exception {
		read("/api/facts?q=ai").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("expected at least 3 characters to search for")));
		read("/api/facts").andExpect(status().isBadRequest());
	}

	@Test
	void refusesAnAgreementOfFewerThanTwoActorsOrOfAnUnknownOne() throws Exception {
		read("/api/votes/agreement?actors=USA").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("actors must list 2 to 10 different actors, comma-separated; got 1"));
		read("/api/votes/agreement?actors=USA,ATLANTIS").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("unknown actor 'ATLANTIS'"));
	}

	@Test
	void answersMalformedDatesWith400NamingTheFormats() throws Exception {

		read(MULTILATERAL + "?asOf=01/10/2025").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("invalid asOf '01/10/2025': expected a day as YYYY-MM-DD from 0001-01-01 to 9999-12-31,"
						+ " e.g. 2023-11-01"));
		read(MULTILATERAL + "?knownAt=soon").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("expected an instant as YYYY-MM-DDThh:mm:ssZ")));
	}

	@Test
	void answersDaysAndInstantsBeyondYearsOneTo9999With400() throws Exception {
		for (String path : List.of(MULTILATERAL + "?asOf=-999999999-01-01", MULTILATERAL + "?asOf=+10000-01-01",
				MULTILATERAL + "?knownAt=%2B1000000000-01-01T00:00:00Z",
				"/api/actors/USA/timeline?knownAt=-1000000000-01-01T00:00:00Z",
				"/api/actors/USA/votes?knownAt=%2B1000000000-01-01T00:00:00Z",
				"/api/topics/multilateral-ai-governance/stances?knownAt=%2B1000000000-01-01T00:00:00Z",
				"/api/instruments/gpai/status?knownAt=-1000000000-01-01T00:00:00Z",
				"/api/instruments/gpai/status?knownAt=0000-12-31T23:59:59Z")) {
			read(path).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("9999")));
		}
	}

	@Test
	void answersAFactWhoseVersionsAreMissingWith404UntilARebuildRestoresThem() throws Exception {
		String fact = "usa-2025-09-24-multilateral-ai-governance";
		jdbc.update("delete from rm_fact_version where fact_id = ?", fact);
		read("/api/facts/" + fact).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("without its versions")));
		readModel.rebuild();
		await().atMost(Duration.ofSeconds(30)).until(readModel::isCaughtUp);
		read("/api/facts/" + fact).andExpect(status().isOk());
	}

	@Test
	void answersTheErrorPathAskedForDirectlyWith404() throws Exception {
		read("/error").andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void readsNumbersInParametersAsDecimalOnly() throws Exception {
		read("/api/audit/single-sourced?limit=0x10").andExpect(status().isBadRequest());
		read("/api/audit/single-sourced?limit=%2310").andExpect(status().isBadRequest());
		read("/api/integrity/digest?size=0x10").andExpect(status().isBadRequest());
		read("/api/audit/single-sourced?limit=16").andExpect(status().isOk());
	}

	@Test
	void refusesAPageBeyondTheLimits() throws Exception {
		read("/api/audit/single-sourced?limit=100000").andExpect(status().isBadRequest());
	}

	@Test
	void reportsReadModelProgressInHealthToAdmins() throws Exception {
		mvc.perform(get("/actuator/health").header("Authorization", "Bearer " + LedgerIntegrationTest.ADMIN_TOKEN))
			.andExpect(jsonPath("$.components.readModel.details.caughtUp").value(true))
			.andExpect(jsonPath("$.components.readModel.details.deadLetters").value(0))
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void showsHealthWithoutDetailsToEveryoneElse() throws Exception {
		read("/actuator/health").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health").header("Authorization", "Bearer " + LedgerIntegrationTest.EDITOR_TOKEN))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void sendsTheSecurityHeadersWithEveryResponse() throws Exception {
		for (String path : List.of("/api/actors", "/api/actors/ATLANTIS/timeline", "/actuator/health", "/")) {
			read(path).andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Referrer-Policy", "no-referrer"));
		}
	}

	@Test
	void neverReflectsTheHostHeaderIntoTheApiDescription() throws Exception {
		mvc.perform(get("/v3/api-docs").header("Host", "evil.example"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.servers[0].url").value("/"))
			.andExpect(content().string(not(containsString("evil.example"))));
	}

}

package org.policyledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyledger.LedgerIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@LedgerIntegrationTest
class WriteApiIntegrationTest {

	private static final String CITES_CSIS = """
			"sources": [{"source": "csis-2025-10-07-un-global-dialogue", "locator": "a passage"}]""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private ResultActions send(String path, String json) throws Exception {
		return postWith(path, json, "Bearer " + LedgerIntegrationTest.EDITOR_TOKEN);
	}

	private ResultActions postWith(String path, String json, String authorization) throws Exception {
		MockHttpServletRequestBuilder request = post(path).contentType(MediaType.APPLICATION_JSON).content(json);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return mvc.perform(request);
	}

	private static String position(String factId, String topic, String validTime) {
		return """
				{"type": "PositionStated", "factId": "%s", "actorId": "ESP", "topicId": "%s",
				 "stance": "SUPPORTS", "summary": "Backs a UN role", "validTime": "%s", %s}
				""".formatted(factId, topic, validTime, CITES_CSIS);
	}

	private long events() {
		return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
	}

	private ResultActions expectProblem(ResultActions result, int status, String detail) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.detail", containsString(detail)));
	}

	private long claimed(String factId) {
		return jdbc.queryForObject("select count(fact_key) from ledger_chain where fact_id = ?", Long.class, factId);
	}

	@Test
	void recordsSeveralFactsInOneRequestWithAReceiptEach() throws Exception {
		String batch = "[" + position("api-batch-1", "open-source-ai", "2024") + ","
				+ position("api-batch-2", "multilateral-ai-governance", "2024") + "]";
		send("/api/facts/batch", batch).andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].factId").value("api-batch-1"))
			.andExpect(jsonPath("$[1].factId").value("api-batch-2"))
			.andExpect(jsonPath("$[1].alreadyRecorded").value(false));
		send("/api/facts/batch", batch).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].alreadyRecorded").value(true));
	}

	@Test
	void recordsNothingOfABatchTheLedgerRefusesPartOfAndNamesEachRefusalByIndex() throws Exception {
		String unknownActor = position("api-batch-unknown", "open-source-ai", "2024").replace("\"ESP\"",
				"\"ATLANTIS\"");
		String batch = "[" + position("api-batch-kept-out", "open-source-ai", "2024") + "," + unknownActor + ","
				+ position("api-batch-kept-out", "open-source-ai", "2023") + "]";
		expectProblem(send("/api/facts/batch", batch), 422, "2 refusals; nothing was recorded")
			.andExpect(jsonPath("$.errors[0].index").value(1))
			.andExpect(jsonPath("$.errors[0].reason").value("unknown actor 'ATLANTIS'"))
			.andExpect(jsonPath("$.errors[1].index").value(2))
			.andExpect(jsonPath("$.errors[1].reason", containsString("already recorded with different content")));
		assertThat(claimed("api-batch-kept-out")).isZero();
	}

	@Test
	void rejectsABatchWithMalformedFactsNamingEachByIndexAndField() throws Exception {
		String batch = "[" + position("api-batch-fine", "open-source-ai", "2024") + ","
				+ position("api-batch-bad", "open-source-ai", "2024").replace("\"SUPPORTS\"", "null") + "]";
		expectProblem(send("/api/facts/batch", batch), 400, "1 refusal; nothing was recorded")
			.andExpect(jsonPath("$.errors[0].index").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("stance"));
		assertThat(claimed("api-batch-fine")).isZero();
	}

	@Test
	void rejectsAnEmptyBatch() throws Exception {
		expectProblem(send("/api/facts/batch", "[]"), 400, "a batch holds 1 to 1000 facts, not 0");
	}

	@Test
	void rejectsANullFactInABatch() throws Exception {
		expectProblem(send("/api/facts/batch", "[" + position("api-batch-n", "open-source-ai", "2024") + ", null]"),
				400, "fact 1 of the batch is null");
	}

	@Test
	void recordsAFactAndAnswersItsResubmissionIdempotently() throws Exception {
		long before = events();
		String fact = position("api-idempotent-1", "multilateral-ai-governance", "2025-09");
		send("/api/facts", fact).andExpect(status().isCreated())
			.andExpect(jsonPath("$.factId").value("api-idempotent-1"))
			.andExpect(jsonPath("$.alreadyRecorded").value(false));
		send("/api/facts", fact).andExpect(status().isOk()).andExpect(jsonPath("$.alreadyRecorded").value(true));
		assertThat(events()).isEqualTo(before + 1);
	}

	@Test
	void rejectsAFactIdAlreadyUsedForAnotherActor() throws Exception {
		send("/api/facts", position("api-shared-id", "open-source-ai", "2025")).andExpect(status().isCreated());
		expectProblem(send("/api/facts", position("api-shared-id", "open-source-ai", "2025").replace("ESP", "CHN")),
				409, "fact id 'api-shared-id' is already used by another fact");
	}

	@Test
	void rejectsAFactIdDifferingOnlyInCaseFromAnotherFacts() throws Exception {
		send("/api/facts", position("api-case-id", "open-source-ai", "2025")).andExpect(status().isCreated());
		expectProblem(send("/api/facts", position("API-Case-Id", "open-source-ai", "2025")), 409,
				"fact id 'API-Case-Id' is already used by another fact (ids are compared ignoring case)");
	}

	private ResultActions sendWithKey(String json, String key) throws Exception {
		return mvc.perform(post("/api/facts").contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.header("Authorization", "Bearer " + LedgerIntegrationTest.EDITOR_TOKEN)
			.header("Idempotency-Key", key));
	}

	@Test
	void recordsAFactSentTwiceWithOneIdempotencyKeyOnce() throws Exception {
		String fact = position("x", "open-source-ai", "2025").replace("\"factId\": \"x\",", "");
		long before = events();
		String first = sendWithKey(fact, "retry-7f3a").andExpect(status().isCreated())
			.andExpect(jsonPath("$.alreadyRecorded").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String factId = first.replaceAll(".*\"factId\":\"([^\"]+)\".*", "$1");
		sendWithKey(fact, "retry-7f3a").andExpect(status().isOk())
			.andExpect(jsonPath("$.factId").value(factId))
			.andExpect(jsonPath("$.alreadyRecorded").value(true));
		assertThat(events()).isEqualTo(before + 1);
	}

	@Test
	void rejectsOtherContentUnderAnIdempotencyKeyAlreadyUsed() throws Exception {
		String fact = position("x", "open-source-ai", "2025").replace("\"factId\": \"x\",", "");
		sendWithKey(fact, "retry-9c1d").andExpect(status().isCreated());
		expectProblem(sendWithKey(fact.replace("2025", "2024"), "retry-9c1d"), 409,
				"is already recorded with different content under this Idempotency-Key");
	}

	@Test
	void rejectsAnIdempotencyKeyThatIsNotVisibleAscii() throws Exception {
		expectProblem(sendWithKey(position("x", "open-source-ai", "2025"), "two words"), 400,
				"Idempotency-Key must be 1 to 255 visible ASCII characters");
	}

	@Test
	void correctsAndRetractsAFactNamedByItsIdAlone() throws Exception {
		send("/api/facts", position("api-amend-by-id", "open-source-ai", "2025")).andExpect(status().isCreated());
		send("/api/facts", """
				{"type": "FactCorrected", "correctedFactId": "api-amend-by-id", "amendment": {"summary": "Corrected"},
				 "reason": "A better reading", %s}
				""".formatted(CITES_CSIS)).andExpect(status().isCreated());
		send("/api/facts", """
				{"type": "FactRetracted", "retractedFactId": "api-amend-by-id", "reason": "Misattributed", %s}
				""".formatted(CITES_CSIS)).andExpect(status().isCreated());
	}

	@Test
	void rejectsAnAmendmentOfAnUnknownFactNamedByItsIdAlone() throws Exception {
		expectProblem(send("/api/facts", """
				{"type": "FactRetracted", "retractedFactId": "no-such-fact", "reason": "Misattributed", %s}
				""".formatted(CITES_CSIS)), 404, "unknown fact 'no-such-fact'");
	}

	@Test
	void generatesAFactIdWhenNoneIsGiven() throws Exception {
		send("/api/facts", position("x", "open-source-ai", "2025").replace("\"factId\": \"x\",", ""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.factId").isString());
	}

	@Test
	void refusesWritesWithoutAToken() throws Exception {
		expectProblem(postWith("/api/facts", position("api-no-token", "open-source-ai", "2025"), null), 401,
				"this needs a token");
	}

	@Test
	void refusesWritesWithAWrongToken() throws Exception {
		expectProblem(postWith("/api/facts", position("api-bad-token", "open-source-ai", "2025"), "Bearer nope"), 401,
				"the bearer token is not valid");
	}

	@Test
	void keepsReadsPublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/facts']").exists());
	}

	@Test
	void answersWritesWith503WhileTheLedgerIsNotReady() throws Exception {
		long before = events();
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			expectProblem(send("/api/facts", position("api-not-ready", "multilateral-ai-governance", "2025-09")), 503,
					"not ready for writes")
				.andExpect(header().string("Retry-After", "5"));
			mvc.perform(get("/api/actors")).andExpect(status().isOk());
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		assertThat(events()).isEqualTo(before);
		send("/api/facts", position("api-not-ready", "multilateral-ai-governance", "2025-09"))
			.andExpect(status().isCreated());
	}

	@Test
	void rejectsMalformedJsonSayingWhere() throws Exception {
		expectProblem(send("/api/facts", "{\"type\": \"PositionStated\","), 400, "malformed JSON at line 1");
	}

	@Test
	void rejectsAKeyGivenTwiceInACitation() throws Exception {
		long before = events();
		String fact = position("api-duplicate-key", "multilateral-ai-governance", "2025-09").replace("\"locator\":",
				"\"locator\": \"a\", \"locator\":");
		expectProblem(send("/api/facts", fact), 400, "Duplicate field 'locator'");
		assertThat(events()).isEqualTo(before);
	}

	@Test
	void rejectsAKeyGivenTwiceInTheFact() throws Exception {
		String fact = position("api-duplicate-key-2", "multilateral-ai-governance", "2025-09")
			.replace("\"stance\": \"SUPPORTS\"", "\"stance\": \"SUPPORTS\", \"stance\": \"OPPOSES\"");
		expectProblem(send("/api/facts", fact), 400, "Duplicate field 'stance'");
	}

	@Test
	void rejectsABidiOverrideInText() throws Exception {
		String fact = position("api-bidi", "multilateral-ai-governance", "2025-09").replace("Backs a UN role",
				"Backs a \\u202Eelor NU");
		expectProblem(send("/api/facts", fact), 400, "U+202E");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.5", "1e2", "1e-999999" })
	void rejectsATallyThatIsNotAWholeNumber(String yes) throws Exception {
		String adoption = """
				{"type": "ResolutionAdopted", "actorId": "UN", "instrumentId": "unga-ai-resolution-2024",
				 "method": "VOTE", "tally": {"yes": %s, "no": 0, "abstain": 0}, "validTime": "2024", %s}
				""".formatted(yes, CITES_CSIS);
		expectProblem(send("/api/facts", adoption), 400, "tally");
	}

	@Test
	void rejectsABodyInUtf16() throws Exception {
		byte[] utf16 = position("api-utf16", "multilateral-ai-governance", "2025-09")
			.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
		expectProblem(mvc.perform(post("/api/facts").contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + LedgerIntegrationTest.EDITOR_TOKEN)
			.content(utf16)), 400, "UTF-8");
	}

	@Test
	void rejectsMissingFieldsNamingEach() throws Exception {
		expectProblem(send("/api/facts", "{\"type\": \"PositionStated\", \"actorId\": \"USA\"}"), 400, "invalid fields")
			.andExpect(jsonPath("$.errors", hasItem("topicId: must not be null")))
			.andExpect(jsonPath("$.errors", hasItem("validTime: must not be null")));
	}

	@Test
	void rejectsAnImpossibleDateWithTheAcceptedFormats() throws Exception {
		expectProblem(send("/api/facts", position("api-bad-date", "open-source-ai", "2024-13")), 400,
				"invalid value at $.validTime: invalid date '2024-13'");
		expectProblem(send("/api/facts", position("api-bad-date", "open-source-ai", "24 May 2024")), 400,
				"expected YYYY, YYYY-MM or YYYY-MM-DD");
	}

	@Test
	void rejectsAValidTimeInTheFuture() throws Exception {
		expectProblem(send("/api/facts", position("api-future", "open-source-ai", "9999")), 422,
				"is in the future of the recording clock");
	}

	@Test
	void rejectsAnUnknownTopicNamingIt() throws Exception {
		expectProblem(send("/api/facts", position("api-unknown-topic", "no-such-topic", "2025")), 404,
				"unknown topic 'no-such-topic'");
	}

	@Test
	void rejectsAnUnknownActorNamingIt() throws Exception {
		expectProblem(send("/api/facts", position("api-unknown-actor", "open-source-ai", "2025").replace("ESP", "XYZ")),
				404, "unknown actor 'XYZ'");
	}

	@Test
	void rejectsAnUnknownFactType() throws Exception {
		expectProblem(send("/api/facts", "{\"type\": \"PositionGuessed\"}"), 400, "PositionGuessed");
	}

	@Test
	void rejectsUnknownFields() throws Exception {
		expectProblem(
				send("/api/actors", "{\"actorId\": \"FRA\", \"kind\": \"STATE\", \"name\": \"France\", \"x\": 1}"), 400,
				"unknown field 'x'");
	}

	@Test
	void rejectsANumberWhereAStanceIsExpected() throws Exception {
		expectProblem(send("/api/facts", position("api-number", "open-source-ai", "2025").replace("\"SUPPORTS\"", "1")),
				400, "invalid value at $.stance");
	}

	@Test
	void rejectsAnOversizedPayload() throws Exception {
		String huge = position("api-huge", "open-source-ai", "2025").replace("Backs a UN role", "x".repeat(300_000));
		expectProblem(send("/api/facts", huge), 413, "larger than the limit");
	}

	@Test
	void rejectsASecondRegistrationOfTheSameId() throws Exception {
		expectProblem(send("/api/actors", "{\"actorId\": \"USA\", \"kind\": \"STATE\", \"name\": \"United States\"}"),
				409, "actor 'USA' is already registered");
	}

	@Test
	void registersWhatFactsReferTo() throws Exception {
		send("/api/actors", "{\"actorId\": \"FRA\", \"kind\": \"STATE\", \"name\": \"France\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value("FRA"));
		send("/api/topics", "{\"topicId\": \"ai-safety-institutes\", \"name\": \"AI safety institutes\","
				+ " \"description\": \"Supports: backs them.\"}")
			.andExpect(status().isCreated());
	}

	@Test
	void rejectsARegistrationDifferingOnlyInCaseFromARegisteredId() throws Exception {
		long before = events();
		expectProblem(send("/api/actors", "{\"actorId\": \"usa\", \"kind\": \"STATE\", \"name\": \"United States\"}"),
				409,
				"actor 'usa' differs only in case from the registered actor 'USA'; ids are compared ignoring case");
		assertThat(events()).isEqualTo(before);
	}

	@Test
	void rejectsAnUnsupportedMediaType() throws Exception {
		expectProblem(
				mvc.perform(post("/api/facts").header("Authorization", "Bearer " + LedgerIntegrationTest.EDITOR_TOKEN)
					.contentType(MediaType.TEXT_PLAIN)
					.content("hello")),
				415, "");
	}

	@Test
	void storesNothingFromRejectedRequests() throws Exception {
		long before = events();
		send("/api/facts", position("api-reject-1", "no-such-topic", "2025"));
		send("/api/facts", position("api-reject-2", "open-source-ai", "9999"));
		send("/api/facts", "{\"type\": \"DeclarationSigned\", \"factId\": \"api-reject-3\", \"actorId\": \"USA\","
				+ " \"instrumentId\": \"bletchley-declaration-2023\", \"validTime\": \"2023\", " + CITES_CSIS + "}")
			.andExpect(status().isConflict());
		send("/api/actors", "{\"actorId\": \"USA\", \"kind\": \"STATE\", \"name\": \"Again\"}");
		assertThat(events()).isEqualTo(before);
	}

}

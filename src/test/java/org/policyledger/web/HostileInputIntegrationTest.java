package org.policyledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Throws thousands of malformed or hostile facts at the write API, each malformed by
 * construction, from a fixed random seed: every reply must be a 4xx problem+json saying
 * what is wrong, and nothing may be stored. The counts are in docs/reliability.md.
 */
@LedgerIntegrationTest
class HostileInputIntegrationTest {

	private static final long SEED = 20261122L;

	private static final int PER_KIND = 500;

	private static final List<String> ID_FIELDS = List.of("factId", "actorId", "topicId");

	private static final List<String> TEXT_FIELDS = List.of("factId", "actorId", "topicId", "stance", "summary",
			"validTime");

	private static final List<String> REQUIRED = List.of("type", "actorId", "topicId", "stance", "summary", "validTime",
			"sources");

	private static final List<String> HOSTILE = List.of("'; DROP TABLE domain_event_entry; --", "1' OR '1'='1",
			"<script>alert(1)</script>", "\" onmouseover=\"alert(1)", "../../../../etc/passwd", "${jndi:ldap://x/a}",
			"%00", "{{7*7}}", "USA\nSet-Cookie: x=1", "ＵＳＡ", "🇺🇸");

	private static final List<String> BAD_DATES = List.of("0000", "-0001", "99999", "2025-13", "2025-02-30",
			"2025-00-10", "20250", "2999", "2025-1-1", "", "1e10", "+2025", "2025-12-31T00:00", "today",
			"-999999999-01-01", "+1000000000-01-01");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private JdbcTemplate jdbc;

	private final Random random = new Random(SEED);

	private ObjectNode fact(int n) {
		ObjectNode fact = json.createObjectNode()
			.put("type", "PositionStated")
			.put("factId", "fuzz-" + n)
			.put("actorId", "ESP")
			.put("topicId", "open-source-ai")
			.put("stance", "SUPPORTS")
			.put("summary", "Backs open models")
			.put("validTime", "2025");
		fact.putArray("sources")
			.addObject()
			.put("source", "csis-2025-10-07-un-global-dialogue")
			.put("locator", "a passage");
		return fact;
	}

	private <T> T any(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private byte[] bytes(JsonNode node) {
		return node.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** One kind of malformed request: its body from the request's number. */
	private Map<String, Function<Integer, byte[]>> kinds() {
		Map<String, Function<Integer, byte[]>> kinds = new TreeMap<>();
		kinds.put("wrong JSON types", n -> {
			ObjectNode fact = fact(n);
			JsonNode wrong = any(List.of(json.getNodeFactory().numberNode(42), json.getNodeFactory().numberNode(3.5),
					json.getNodeFactory().booleanNode(true), json.createObjectNode(), json.createArrayNode().add("x"),
					json.createObjectNode().put("a", 1)));
			if (random.nextBoolean()) {
				fact.set(any(TEXT_FIELDS), wrong);
			}
			else {
				((ObjectNode) fact.get("sources").get(0)).set(any(List.of("source", "locator")), wrong);
			}
			return bytes(fact);
		});
		kinds.put("huge strings", n -> {
			ObjectNode fact = fact(n);
			String field = any(List.of("factId", "actorId", "topicId", "summary", "quote", "venue"));
			int length = random.nextInt(8) == 0 ? 300_000 : 4_001 + random.nextInt(20_000);
			fact.put(field, "x".repeat(length));
			return bytes(fact);
		});
		kinds.put("deep nesting", n -> {
			int depth = 1_001 + random.nextInt(50_000);
			String body = fact(n).toString()
				.replace("\"Backs open models\"", "[".repeat(depth) + "\"deep\"" + "]".repeat(depth));
			return body.getBytes(StandardCharsets.UTF_8);
		});
		kinds.put("invalid Unicode", n -> {
			String marked = fact(n).put("summary", "Backs @ models").toString();
			int at = marked.indexOf('@');
			byte[] head = marked.substring(0, at).getBytes(StandardCharsets.UTF_8);
			byte[] tail = marked.substring(at + 1).getBytes(StandardCharsets.UTF_8);
			byte[] bad = any(List.of(new byte[] { (byte) 0xC3, 0x28 }, new byte[] { (byte) 0xFF },
					new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xC0, (byte) 0xAF },
					new byte[] { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 },
					"\\ud800".getBytes(StandardCharsets.US_ASCII), "\\udc00x".getBytes(StandardCharsets.US_ASCII),
					"\\u0000".getBytes(StandardCharsets.US_ASCII), "\\u001b[31m".getBytes(StandardCharsets.US_ASCII)));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.writeBytes(head);
			out.writeBytes(bad);
			out.writeBytes(tail);
			return out.toByteArray();
		});
		kinds.put("injection strings", n -> {
			ObjectNode fact = fact(n);
			String field = any(List.of("factId", "actorId", "topicId", "stance", "validTime", "type"));
			if (random.nextInt(4) == 0) {
				((ObjectNode) fact.get("sources").get(0)).put("source", any(HOSTILE));
			}
			else {
				fact.put(field, any(HOSTILE));
			}
			return bytes(fact);
		});
		kinds.put("dates out of range", n -> bytes(fact(n).put("validTime", any(BAD_DATES))));
		kinds.put("duplicate keys", n -> {
			String body = fact(n).toString();
			return (random.nextBoolean()
					? body.replace("\"locator\":\"a passage\"", "\"locator\":\"a\",\"locator\":\"b\"")
					: body.replace("\"summary\":", "\"summary\":\"first\",\"summary\":"))
				.getBytes(StandardCharsets.UTF_8);
		});
		kinds.put("ids that do not exist", n -> {
			ObjectNode fact = fact(n);
			String unknown = "no-such-" + Integer.toString(random.nextInt(1_000_000), 36);
			switch (random.nextInt(4)) {
				case 0 -> fact.put("actorId", unknown);
				case 1 -> fact.put("topicId", unknown);
				case 2 -> ((ObjectNode) fact.get("sources").get(0)).put("source", unknown);
				default -> {
					fact.put("type", "FactCorrected").put("correctedFactId", unknown).put("reason", "a correction");
					fact.remove(List.of("topicId", "stance", "summary", "validTime"));
					fact.putObject("amendment").put("summary", "Corrected");
				}
			}
			return bytes(fact);
		});
		kinds.put("broken structure", n -> {
			ObjectNode fact = fact(n);
			return switch (random.nextInt(8)) {
				case 0 -> bytes((ObjectNode) fact.without(any(REQUIRED)));
				case 1 -> bytes(fact.put("unexpected", "field"));
				case 2 -> (fact + " trailing").getBytes(StandardCharsets.UTF_8);
				case 3 -> fact.toString()
					.substring(0, random.nextInt(fact.toString().length()))
					.getBytes(StandardCharsets.UTF_8);
				case 4 -> any(List.of("", "null", "[]", "\"fact\"", "42", "hello")).getBytes(StandardCharsets.UTF_8);
				case 5 -> bytes(fact.put("type", any(List.of("Nope", "", "positionstated", "FactEvent"))));
				case 6 -> bytes(fact.putArray("sources"));
				default -> bytes(fact.put("factId", any(ID_FIELDS) + " with spaces"));
			};
		});
		return kinds;
	}

	@Test
	void refusesEveryHostileRequestWithAProblemAndStoresNothing() throws Exception {
		long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
		long claims = jdbc.queryForObject("select count(fact_key) from ledger_chain", Long.class);
		Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
		int n = 0;
		for (Map.Entry<String, Function<Integer, byte[]>> kind : kinds().entrySet()) {
			for (int i = 0; i < PER_KIND; i++) {
				byte[] body = kind.getValue().apply(++n);
				MockHttpServletResponse response = mvc
					.perform(post("/api/facts").header("Authorization", "Bearer " + LedgerIntegrationTest.EDITOR_TOKEN)
						.contentType(MediaType.APPLICATION_JSON)
						.content(body))
					.andReturn()
					.getResponse();
				String shown = kind.getKey() + ": "
						+ new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
				assertThat(response.getStatus()).as(shown).isBetween(400, 499);
				assertThat(response.getContentType()).as(shown).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				JsonNode problem = json.readTree(response.getContentAsByteArray());
				assertThat(problem.path("status").asInt()).as(shown).isEqualTo(response.getStatus());
				assertThat(problem.path("detail").asText()).as(shown).isNotBlank();
				statuses.computeIfAbsent(kind.getKey(), k -> new TreeMap<>())
					.merge(response.getStatus(), 1, Integer::sum);
			}
		}
		System.out.println("hostile requests by kind and status: " + statuses);
		assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);
		assertThat(jdbc.queryForObject("select count(fact_key) from ledger_chain", Long.class)).isEqualTo(claims);
	}

}

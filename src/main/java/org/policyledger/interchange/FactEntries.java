package org.policyledger.interchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.policyledger.api.FactEvent;
import org.policyledger.api.RecordFact;

/**
 * Turns a fact as files hold it (the API request's fields plus an optional
 * {@code recordedAt}) into a command, and a recorded fact back into that shape. A fact
 * without a {@code factId} gets one derived from its content, so that importing the same
 * file twice never records it twice.
 */
final class FactEntries {

	static final String RECORDED_AT = "recordedAt";

	private static final String FACT_ID = "factId";

	private final ObjectMapper objectMapper;

	FactEntries(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	/** A fact read from a file. */
	record Read(RecordFact fact, Instant recordedAt) {
	}

	Read read(ObjectNode node) throws JsonProcessingException {
		JsonNode recorded = node.remove(RECORDED_AT);
		Instant recordedAt = null;
		if (recorded != null && !recorded.isNull()) {
			try {
				recordedAt = Instant.parse(recorded.asText());
			}
			catch (DateTimeParseException ex) {
				throw new EntryException(RECORDED_AT,
						"not an ISO-8601 instant such as 2025-09-24T18:00:00Z: " + recorded.asText());
			}
		}
		RecordFact fact = objectMapper.treeToValue(node, RecordFact.class);
		if (fact.factId() == null) {
			node.put(FACT_ID, derivedId(fact));
			fact = objectMapper.treeToValue(node, RecordFact.class);
		}
		return new Read(fact, recordedAt);
	}

	/** A recorded fact in the shape of the request that records it, with its time. */
	ObjectNode write(FactEvent event) {
		ObjectNode node = objectMapper.createObjectNode();
		node.put("type", event.getClass().getSimpleName());
		ObjectNode fields = objectMapper.valueToTree(event);
		fields.remove(RECORDED_AT);
		node.setAll(fields);
		node.put(RECORDED_AT, event.recordedAt().toString());
		return node;
	}

	private String derivedId(RecordFact fact) throws JsonProcessingException {
		try {
			byte[] content = objectMapper.writeValueAsString(fact).getBytes(StandardCharsets.UTF_8);
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
			return "sha256-" + HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

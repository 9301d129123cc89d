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
 * Turns a fact as files hold it (the API request's fields plus the optional
 * {@code recordedAt} and {@code originallyRecordedAt} an export writes) into a command,
 * and a recorded fact back into that shape. A fact's time in a file is kept as data, the
 * time it was first recorded: the earlier ledger's {@code originallyRecordedAt} if it had
 * one, otherwise its {@code recordedAt}. A fact without a {@code factId} gets one derived
 * from its content, so that importing the same file twice never records it twice.
 */
final class FactEntries {

	static final String RECORDED_AT = "recordedAt";

	static final String ORIGINALLY_RECORDED_AT = "originallyRecordedAt";

	private static final String FACT_ID = "factId";

	private final ObjectMapper objectMapper;

	FactEntries(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	/** A fact read from a file, with the time it was first recorded (or null). */
	record Read(RecordFact fact, Instant originallyRecordedAt) {
	}

	Read read(ObjectNode node) throws JsonProcessingException {
		Instant recordedAt = instant(node, RECORDED_AT);
		Instant originally = instant(node, ORIGINALLY_RECORDED_AT);
		RecordFact fact = objectMapper.treeToValue(node, RecordFact.class);
		if (fact.factId() == null) {
			node.put(FACT_ID, derivedId(fact));
			fact = objectMapper.treeToValue(node, RecordFact.class);
		}
		return new Read(fact, originally != null ? originally : recordedAt);
	}

	/**
	 * Takes the field out of the node and reads it as an instant, or null when absent.
	 */
	private static Instant instant(ObjectNode node, String field) {
		JsonNode value = node.remove(field);
		if (value == null || value.isNull()) {
			return null;
		}
		try {
			return Instant.parse(value.asText());
		}
		catch (DateTimeParseException ex) {
			throw new EntryException(field, "not an ISO-8601 instant such as 2025-09-24T18:00:00Z: " + value.asText());
		}
	}

	/**
	 * A recorded fact in the shape of the request that records it, with the time this
	 * ledger recorded it and, when it came from another ledger, the time it was first
	 * recorded.
	 */
	ObjectNode write(FactEvent event, String originallyRecordedAt) {
		ObjectNode node = objectMapper.createObjectNode();
		node.put("type", event.getClass().getSimpleName());
		ObjectNode fields = objectMapper.valueToTree(event);
		fields.remove(RECORDED_AT);
		node.setAll(fields);
		node.put(RECORDED_AT, event.recordedAt().toString());
		if (originallyRecordedAt != null) {
			node.put(ORIGINALLY_RECORDED_AT, originallyRecordedAt);
		}
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

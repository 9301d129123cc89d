package org.policyledger.integrity;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * An event as the event store holds it: the serialized bytes, not the objects they stand
 * for, so that its hash does not depend on upcasters or on how a class is written today.
 */
record StoredEvent(String eventIdentifier, String aggregateIdentifier, String aggregateType, long sequenceNumber,
		Instant timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {

	/** The columns {@link #read(ResultSet)} expects, in the table's own names. */
	static final String COLUMNS = "event_identifier, aggregate_identifier, type, sequence_number, time_stamp,"
			+ " payload_type, payload_revision, payload, meta_data";

	private static final JsonFactory JSON = new JsonFactory();

	/**
	 * The events of one append as they will be stored, on the machine's cores. Their
	 * metadata is serialized once for each different value: the events of a batch share
	 * their correlation data, so most share all of it.
	 */
	static List<StoredEvent> all(List<? extends EventMessage<?>> messages, Serializer serializer) {
		Map<MetaData, byte[]> metaData = new HashMap<>();
		messages.forEach(message -> metaData.computeIfAbsent(message.getMetaData(),
				same -> message.serializeMetaData(serializer, byte[].class).getData()));
		return Cores.map(messages, message -> of(message, serializer, metaData.get(message.getMetaData())));
	}

	/**
	 * The event as it will be stored, with its metadata's bytes: its payload serialized
	 * once (the message keeps those bytes), its fields as Axon's {@code DomainEventEntry}
	 * takes them, the timestamp to the millisecond as the stored text keeps it, without a
	 * round trip through that text.
	 */
	private static StoredEvent of(EventMessage<?> message, Serializer serializer, byte[] metaData) {
		DomainEventMessage<?> event = EventUtils.asDomainEventMessage(message);
		SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
		return new StoredEvent(event.getIdentifier(), event.getAggregateIdentifier(), event.getType(),
				event.getSequenceNumber(), event.getTimestamp().truncatedTo(ChronoUnit.MILLIS),
				payload.getType().getName(), payload.getType().getRevision(), payload.getData(), metaData);
	}

	static StoredEvent read(ResultSet rs) throws SQLException {
		return new StoredEvent(rs.getString("event_identifier"), rs.getString("aggregate_identifier"),
				rs.getString("type"), rs.getLong("sequence_number"), Instant.parse(rs.getString("time_stamp")),
				rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
				rs.getBytes("meta_data"));
	}

	/**
	 * SHA-256 over every stored field in a fixed order, each as a 4-byte length and its
	 * bytes (strings in UTF-8, a missing value as length -1).
	 */
	byte[] hash() {
		MessageDigest digest = Hashes.sha256Digest();
		try (DataOutputStream out = new DataOutputStream(
				new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
			field(out, text(eventIdentifier));
			field(out, text(aggregateIdentifier));
			field(out, text(aggregateType));
			field(out, text(Long.toString(sequenceNumber)));
			field(out, text(DateTimeFormatter.ISO_INSTANT.format(timestamp)));
			field(out, text(payloadType));
			field(out, text(payloadRevision));
			field(out, payload);
			field(out, metaData);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return digest.digest();
	}

	/**
	 * The payload's top-level {@code factId}, for the events that record a fact. Read as
	 * a stream that stops at the field (a fact event's first), not parsed whole: every
	 * append reads it.
	 */
	String factId() {
		try (JsonParser parser = JSON.createParser(payload)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				if (field.equals("factId")) {
					return value == JsonToken.VALUE_STRING ? parser.getText() : null;
				}
				parser.skipChildren();
			}
			return null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** Where a fact is, or which event it is when it is not a fact. */
	String describe() {
		String factId = factId();
		String type = payloadType.substring(payloadType.lastIndexOf('.') + 1);
		return type + " " + (factId != null ? "fact " + factId : eventIdentifier) + " of " + aggregateIdentifier;
	}

	private static byte[] text(String value) {
		return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
	}

	private static void field(DataOutputStream out, byte[] value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		out.writeInt(value.length);
		out.write(value);
	}

}

package org.policyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.policyledger.api.InstrumentRegistered;

/** Instruments registered under older revisions read as the current one. */
class InstrumentRegisteredUpcasterTest {

	private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

	private JsonNode upcast(String revision, String payload) {
		GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InstrumentAggregate", "x", 0, "event",
				Instant.EPOCH, InstrumentRegistered.class.getName(), revision, payload.getBytes(StandardCharsets.UTF_8),
				"{}".getBytes(StandardCharsets.UTF_8));
		IntermediateEventRepresentation read = new InstrumentRegisteredUpcaster()
			.upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
			.findFirst()
			.orElseThrow();
		assertThat(read.getType().getRevision()).isEqualTo("3");
		return read.getData(JsonNode.class).getData();
	}

	@Test
	void readsRevisionTwoWithNoStanceExpressed() {
		JsonNode payload = upcast("2",
				"""
						{"instrumentId": "x", "kind": "PRINCIPLES", "title": "T", "description": "d", "topics": ["ai-safety"]}""");
		assertThat(payload.get("description").asText()).isEqualTo("d");
		assertThat(payload.get("topics")).hasSize(1);
		assertThat(payload.get("expresses")).isEmpty();
	}

	@Test
	void readsRevisionOneWithNoDescriptionTopicsOrStanceExpressed() {
		JsonNode payload = upcast("1", """
				{"instrumentId": "x", "kind": "PRINCIPLES", "title": "T"}""");
		assertThat(payload.get("description").isNull()).isTrue();
		assertThat(payload.get("topics")).isEmpty();
		assertThat(payload.get("expresses")).isEmpty();
	}

}

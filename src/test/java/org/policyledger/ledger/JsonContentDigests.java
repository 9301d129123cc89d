package org.policyledger.ledger;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/** Content digests of events serialized as JSON, for aggregates tested without Spring. */
final class JsonContentDigests {

	private JsonContentDigests() {
	}

	static ContentDigests create() {
		return new ContentDigests(serializer());
	}

	/** A JSON serializer of events, with Java time. */
	static Serializer serializer() {
		return JacksonSerializer.builder()
			.objectMapper(JsonMapper.builder().addModule(new JavaTimeModule()).build())
			.build();
	}

}

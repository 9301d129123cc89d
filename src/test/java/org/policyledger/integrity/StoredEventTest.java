package org.policyledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class StoredEventTest {

	private static StoredEvent withPayload(String json) {
		return new StoredEvent("e1", "actor:USA", "ActorAggregate", 0, Instant.EPOCH, "org.policyledger.api.VoteCast",
				"1", json.getBytes(StandardCharsets.UTF_8), new byte[0]);
	}

	@Test
	void readsTheTopLevelFactIdWhereverItIs() {
		assertThat(withPayload("{\"sources\": [{\"factId\": \"nested\"}], \"amendment\": {\"factId\": \"inner\"},"
				+ " \"factId\": \"unga-rc-1-USA\"}")
			.factId()).isEqualTo("unga-rc-1-USA");
	}

	@Test
	void hasNoFactIdForAnEventThatRecordsNoFact() {
		assertThat(withPayload("{\"actorId\": \"USA\", \"kind\": \"STATE\"}").factId()).isNull();
	}

	@Test
	void hasNoFactIdWhenTheFieldIsNotText() {
		assertThat(withPayload("{\"factId\": {\"value\": \"x\"}}").factId()).isNull();
	}

	@Test
	void hasNoFactIdWhenThePayloadIsNotAJsonObject() {
		assertThat(withPayload("[\"factId\", \"x\"]").factId()).isNull();
		assertThat(withPayload("{\"factId\": ").factId()).isNull();
	}

	@Test
	void serializesEachDifferentMetaDataOfAnAppendOnce() {
		Serializer serializer = spy(JacksonSerializer.defaultSerializer());
		MetaData batch = MetaData.with("correlationId", "batch-1").and("recorder", "importer");
		MetaData dated = batch.and("originallyRecordedAt", "2025-02-11T10:00:00Z");
		List<DomainEventMessage<?>> events = IntStream.range(0, 200)
			.<DomainEventMessage<?>>mapToObj(sequence -> new GenericDomainEventMessage<>("ActorAggregate", "actor:USA",
					sequence, "fact " + sequence, sequence == 150 ? dated : MetaData.from(batch)))
			.toList();

		List<StoredEvent> stored = StoredEvent.all(events, serializer);

		verify(serializer, times(2)).serialize(isA(MetaData.class), eq(byte[].class));
		verify(serializer, times(200)).serialize(isA(String.class), eq(byte[].class));
		assertThat(stored).extracting(StoredEvent::sequenceNumber)
			.containsExactlyElementsOf(IntStream.range(0, 200).mapToObj(Long::valueOf).toList());
		assertThat(stored)
			.allSatisfy(event -> assertThat(event.metaData()).isEqualTo(JacksonSerializer.defaultSerializer()
				.serialize(events.get((int) event.sequenceNumber()).getMetaData(), byte[].class)
				.getData()));
		assertThat(stored.get(150).metaData()).isNotEqualTo(stored.get(0).metaData());
	}

}

package org.policyledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

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

}

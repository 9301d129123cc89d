package org.policyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.policyledger.api.ActorId;
import org.policyledger.api.Citation;
import org.policyledger.api.FactId;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.PartialDate;
import org.policyledger.api.SourceId;
import org.policyledger.api.Vote;
import org.policyledger.api.VoteCast;
import org.policyledger.integrity.Hashes;

class ContentDigestsTest {

	private final Serializer serializer = spy(JsonContentDigests.serializer());

	private final ContentDigests digests = new ContentDigests(serializer);

	private static VoteCast vote(Vote vote) {
		return new VoteCast(FactId.of("un-vote-1"), ActorId.of("FRA"), InstrumentId.of("un-res-1"), vote, null,
				PartialDate.ofDay(LocalDate.of(1946, 1, 10)),
				List.of(new Citation(SourceId.of("unvotes"), "roll call 1")), Instant.parse("2026-12-06T10:00:00Z"));
	}

	@Test
	void digestsAnAppliedEventFromTheBytesItsMessageKeepsForTheStore() {
		EventMessage<?> message = GenericEventMessage.asEventMessage(vote(Vote.YES));

		byte[] digest = digests.ofApplied(message);
		byte[] stored = message.serializePayload(serializer, byte[].class).getData();

		assertThat(digest).isEqualTo(Hashes.sha256(stored));
		verify(serializer, times(1)).serialize(any(), eq(byte[].class));
	}

	@Test
	void digestsAnEventSerializedAfreshAsItsAppliedMessage() {
		assertThat(digests.of(vote(Vote.YES)))
			.isEqualTo(digests.ofApplied(GenericEventMessage.asEventMessage(vote(Vote.YES))));
	}

	@Test
	void digestsDifferentContentDifferently() {
		assertThat(digests.of(vote(Vote.NO))).isNotEqualTo(digests.of(vote(Vote.YES)));
	}

}

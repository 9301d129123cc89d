package org.policyledger.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.policyledger.api.AdoptionMethod;
import org.policyledger.api.FactEvent;
import org.policyledger.api.InstrumentFact;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.ResolutionAdopted;
import org.policyledger.integrity.Hashes;

/**
 * What the actor aggregate keeps of a recorded fact: what its rules ask (type, recording
 * time, instrument, whether a resolution was adopted by vote) and a 128-bit digest of its
 * content, which tells a resubmission of the same fact from a different one. The
 * aggregate keeps these in {@link RecordedFacts}, packed, instead of the events.
 */
record RecordedFact(Class<? extends FactEvent> type, Instant recordedAt, InstrumentId instrumentId,
		boolean adoptedByVote, long digestHigh, long digestLow) {

	private static final ObjectMapper CANONICAL = JsonMapper.builder().addModule(new JavaTimeModule()).build();

	static RecordedFact of(FactEvent event) {
		ByteBuffer digest = ByteBuffer.wrap(digest(event));
		return new RecordedFact(event.getClass(), event.recordedAt(),
				event instanceof InstrumentFact fact ? shared(fact.instrumentId()) : null,
				event instanceof ResolutionAdopted adopted && adopted.method() == AdoptionMethod.VOTE, digest.getLong(),
				digest.getLong());
	}

	/**
	 * The instrument's id with its text shared by every fact about it, of every actor: a
	 * roll call has a vote of each of about 190 states.
	 */
	static InstrumentId shared(InstrumentId instrument) {
		return InstrumentId.of(instrument.value().intern());
	}

	/** Whether the event has exactly the content of this fact. */
	boolean sameContentAs(FactEvent event) {
		return of(event).equals(this);
	}

	boolean is(Class<? extends FactEvent> kind) {
		return kind.isAssignableFrom(type);
	}

	private static byte[] digest(FactEvent event) {
		try {
			return Hashes.sha256(CANONICAL.writeValueAsBytes(event));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot serialize " + event.getClass().getSimpleName(), ex);
		}
	}

}

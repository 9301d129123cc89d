package org.policyledger.ledger;

import java.nio.ByteBuffer;
import java.time.Instant;

import org.policyledger.api.AdoptionMethod;
import org.policyledger.api.FactEvent;
import org.policyledger.api.InstrumentFact;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.ResolutionAdopted;

/**
 * What the actor aggregate keeps of a recorded fact: what its rules ask (type, recording
 * time, instrument, whether a resolution was adopted by vote) and the first 128 bits of
 * its content's digest ({@link ContentDigests}), which tells a resubmission of the same
 * fact from a different one. The aggregate keeps these in {@link RecordedFacts}, packed,
 * instead of the events.
 */
record RecordedFact(Class<? extends FactEvent> type, Instant recordedAt, InstrumentId instrumentId,
		boolean adoptedByVote, long digestHigh, long digestLow) {

	static RecordedFact of(FactEvent event, byte[] contentDigest) {
		ByteBuffer digest = ByteBuffer.wrap(contentDigest);
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

	/** Whether the event, whose content has this digest, is exactly this fact. */
	boolean sameContentAs(FactEvent event, byte[] contentDigest) {
		return of(event, contentDigest).equals(this);
	}

	boolean is(Class<? extends FactEvent> kind) {
		return kind.isAssignableFrom(type);
	}

}

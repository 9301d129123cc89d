package org.policyledger.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.messaging.MetaData;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.FactId;
import org.policyledger.api.PartialDate;
import org.policyledger.api.Recorder;
import org.policyledger.integrity.Hashes;

/**
 * What command handlers need from outside the aggregate: the recording clock, the source
 * of generated fact ids, the claims that keep ids unique, the registry of known
 * references, and the digests of facts' content.
 */
public record LedgerServices(Clock clock, FactIdSource factIds, IdClaims claims, ReferenceCheck references,
		ContentDigests contents) {

	/**
	 * The metadata key under which a file passes the time another ledger recorded a fact.
	 * It is kept with the event as data; the fact's recording time is always the ledger's
	 * own clock.
	 */
	public static final String ORIGINALLY_RECORDED_AT = "originallyRecordedAt";

	/**
	 * The metadata key under which the API passes a client's {@code Idempotency-Key}: a
	 * fact sent without a factId gets an id derived from its sender and that key, so a
	 * retry finds the fact it recorded.
	 */
	public static final String IDEMPOTENCY_KEY = "idempotencyKey";

	/**
	 * The id a fact sent without one gets from its sender's idempotency key, or null when
	 * it came without a key.
	 */
	public FactId idempotentId(MetaData metaData) {
		Object key = metaData.get(IDEMPOTENCY_KEY);
		if (key == null) {
			return null;
		}
		byte[] scoped = (metaData.get(Recorder.META_DATA_KEY) + "\n" + key).getBytes(StandardCharsets.UTF_8);
		return FactId.of("key-" + Hashes.hex(Hashes.sha256(scoped)).substring(0, 32));
	}

	/** The recording time of a fact: now, on the ledger's clock. */
	public Instant recordingTime() {
		return clock.instant();
	}

	/**
	 * The metadata to keep with the event: the time another ledger recorded the fact,
	 * when the command came with one, which cannot lie in the future.
	 */
	public MetaData originalRecording(MetaData metaData) {
		Object original = metaData.get(ORIGINALLY_RECORDED_AT);
		if (original == null) {
			return MetaData.emptyInstance();
		}
		Instant recordedAt = original instanceof Instant instant ? instant : Instant.parse(original.toString());
		if (recordedAt.isAfter(clock.instant())) {
			throw CommandRejectedException
				.invalid("original recording time " + recordedAt + " is in the future of the recording clock");
		}
		return MetaData.with(ORIGINALLY_RECORDED_AT, recordedAt.toString());
	}

	/** Rejects a date whose whole period lies after today on the recording clock. */
	public void requireNotFuture(PartialDate date, String what) {
		LocalDate today = LocalDate.now(clock);
		if (date.isAfter(today)) {
			throw CommandRejectedException
				.invalid(what + " " + date + " is in the future of the recording clock (today is " + today + ")");
		}
	}

}

package org.policyledger.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.messaging.MetaData;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.PartialDate;

/**
 * What command handlers need from outside the aggregate: the recording clock, the source
 * of generated fact ids, the claims that keep ids unique, and the registry of known
 * references.
 */
public record LedgerServices(Clock clock, FactIdSource factIds, IdClaims claims, ReferenceCheck references) {

	/**
	 * The metadata key under which an import passes the time another ledger recorded a
	 * fact; commands from the API never carry it.
	 */
	public static final String RECORDED_AT = "recordedAt";

	/** The fact's recording time: the imported one if given, otherwise now. */
	public Instant recordingTime(MetaData metaData) {
		Object imported = metaData.get(RECORDED_AT);
		if (imported == null) {
			return clock.instant();
		}
		Instant recordedAt = imported instanceof Instant instant ? instant : Instant.parse(imported.toString());
		if (recordedAt.isAfter(clock.instant())) {
			throw CommandRejectedException
				.invalid("recording time " + recordedAt + " is in the future of the recording clock");
		}
		return recordedAt;
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

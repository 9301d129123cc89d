package org.policyledger.ledger;

import java.time.Clock;
import java.time.LocalDate;

import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.PartialDate;

/**
 * What command handlers need from outside the aggregate: the recording clock, the source
 * of generated fact ids, the claims that keep fact ids unique, and the registry of known
 * references.
 */
public record LedgerServices(Clock clock, FactIdSource factIds, FactIdClaims claims, ReferenceCheck references) {

	/** Rejects a date whose whole period lies after today on the recording clock. */
	public void requireNotFuture(PartialDate date, String what) {
		LocalDate today = LocalDate.now(clock);
		if (date.isAfter(today)) {
			throw CommandRejectedException
				.invalid(what + " " + date + " is in the future of the recording clock (today is " + today + ")");
		}
	}

}

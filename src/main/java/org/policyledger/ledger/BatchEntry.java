package org.policyledger.ledger;

import java.time.Instant;

import org.policyledger.api.LedgerCommand;

/**
 * One command of a bulk write, with where it came from (file and line), and for a fact
 * exported by a ledger the time that ledger (or the first ledger) recorded it, null for a
 * new fact. It is kept with the event as data; it never backdates the fact.
 */
public record BatchEntry(String file, long line, LedgerCommand command, Instant originallyRecordedAt) {

}

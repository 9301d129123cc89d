package org.policyledger.api;

/** A command that writes to the ledger: a registration or a fact. */
public sealed interface LedgerCommand permits Registration, RecordFact {

}

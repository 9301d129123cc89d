package org.policyledger.api;

/**
 * A command that writes to the ledger: a registration or a fact. Its text is plain text,
 * whoever made it.
 */
@PlainTextFields
public sealed interface LedgerCommand permits Registration, RecordFact {

}

package org.policyledger.api;

/**
 * A command that writes to the ledger: a registration, a fact or a source's archived
 * text. Its text is plain text, whoever made it.
 */
@PlainTextFields
public sealed interface LedgerCommand permits Registration, RecordFact, ArchiveSource {

}

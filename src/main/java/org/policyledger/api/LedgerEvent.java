package org.policyledger.api;

/** Every event the ledger records. */
public sealed interface LedgerEvent
		permits ActorRegistered, TopicRegistered, InstrumentRegistered, SourceRegistered, SourceArchived, FactEvent {

}

package org.policyledger.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** A document facts can cite; revision 1 had no kind. */
@Revision("2")
public record SourceRegistered(SourceId sourceId, String publisher, String title, List<String> authors, String url,
		PartialDate published, LocalDate retrievedOn, SourceKind kind) implements LedgerEvent {

}

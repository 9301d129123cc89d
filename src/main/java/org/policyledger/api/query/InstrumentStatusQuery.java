package org.policyledger.api.query;

import java.time.Instant;
import java.time.LocalDate;

import org.policyledger.api.InstrumentId;

/**
 * Who had signed, declined, joined or voted on an instrument as of a day, known at an
 * instant.
 */
public record InstrumentStatusQuery(InstrumentId instrumentId, LocalDate asOf, Instant knownAt) {

}

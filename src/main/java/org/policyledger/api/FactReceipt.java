package org.policyledger.api;

/**
 * The answer to a {@link RecordFact}: the fact's id, and whether this submission recorded
 * it or found it already recorded with the same content.
 */
public record FactReceipt(FactId factId, boolean alreadyRecorded) {

}

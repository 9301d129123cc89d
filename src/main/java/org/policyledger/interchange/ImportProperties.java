package org.policyledger.interchange;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code ledger.import}: entries per batch, each batch one transaction, where an import
 * does not say, checked when the ledger starts, so that a bad setting stops it there and
 * not at its first import; and whether batches are stored behind their decisions
 * ({@code write-behind}), which only a process that imports alone may do
 * ({@link org.policyledger.store.BulkWrites#arguments()}).
 */
@Validated
@ConfigurationProperties("ledger.import")
record ImportProperties(@Min(1) int batchSize, boolean writeBehind) {
}

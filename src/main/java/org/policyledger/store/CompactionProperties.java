package org.policyledger.store;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code ledger.h2.compact}: the H2 file a command leaves is rewritten to its live pages
 * when it is at least {@code min-size} and less than {@code below-live} percent of it is
 * live (0: never). Checked when the ledger starts.
 */
@Validated
@ConfigurationProperties("ledger.h2.compact")
record CompactionProperties(@Min(0) @Max(100) int belowLive, @NotNull DataSize minSize) {
}

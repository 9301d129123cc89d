/**
 * Benchmarks: a synthetic ledger of realistic shape, and the runs that time bulk import,
 * single appends, replay, point-in-time queries and HTTP reads against the raw limits of
 * the same database (docs/performance.md). Run by the command line's {@code bench}.
 */
package org.policyledger.bench;

package org.policyledger.interchange;

/**
 * How to import: entries per batch (each batch one transaction), and whether refused
 * entries are skipped and reported or the import refuses the file.
 */
public record ImportOptions(int batchSize, boolean skipRejected) {

	public static final int DEFAULT_BATCH_SIZE = 10_000;

	public ImportOptions {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
		}
	}

}

package org.policyledger.interchange;

import org.policyledger.api.Recorder;

/**
 * How to import: entries per batch (each batch one transaction), whether refused entries
 * are skipped and reported or the import refuses the file, and who is recording them.
 */
public record ImportOptions(int batchSize, boolean skipRejected, Recorder recorder) {

	public ImportOptions {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
		}
	}

}

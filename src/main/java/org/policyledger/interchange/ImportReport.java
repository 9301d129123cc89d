package org.policyledger.interchange;

import java.time.Duration;
import java.util.List;

import org.policyledger.ledger.Rejection;

/**
 * What an import did: entries recorded, found recorded already (a re-run), registrations
 * kept as the ledger had them, entries refused (the first {@value Importer#LISTED} of
 * them listed), batches committed and time taken. {@code stopped} says the import ended
 * at a refused entry: nothing was written if {@code batches} is 0, otherwise the
 * committed batches stay and a re-run after fixing the file resumes.
 */
public record ImportReport(long recorded, long alreadyRecorded, List<String> kept, long rejectedCount,
		List<Rejection> rejected, int batches, Duration elapsed, boolean stopped) {

	public double entriesPerSecond() {
		double seconds = elapsed.toNanos() / 1e9;
		return seconds > 0 ? (recorded + alreadyRecorded) / seconds : 0;
	}

}

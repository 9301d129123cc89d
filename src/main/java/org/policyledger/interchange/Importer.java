package org.policyledger.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.policyledger.api.RecordFact;
import org.policyledger.ledger.BatchEntry;
import org.policyledger.ledger.BatchOutcome;
import org.policyledger.ledger.BatchRejectedException;
import org.policyledger.ledger.InvalidCommandException;
import org.policyledger.ledger.Ledger;
import org.policyledger.ledger.Rejection;

import org.springframework.stereotype.Component;

/**
 * Imports files of any size in batches, each one transaction through
 * {@link Ledger#write}. A killed import loses at most the batch in flight, and running it
 * again resumes: entries already recorded are recognised by their ids and not recorded
 * twice.
 * <p>
 * By default a file with a bad entry is refused: every entry is read and checked first,
 * and any unreadable or malformed entry is reported with nothing written. An entry that
 * only the ledger's state refuses (a second vote on a roll call, say) stops the import at
 * its batch. With {@code skipRejected}, bad entries are reported and left out instead.
 */
@Component
public class Importer {

	/** How many refused entries a report lists; all are counted. */
	public static final int LISTED = 10_000;

	private final Ledger ledger;

	private final ObjectMapper objectMapper;

	public Importer(Ledger ledger, ObjectMapper objectMapper) {
		this.ledger = ledger;
		this.objectMapper = objectMapper;
	}

	/** Opens the input afresh; an import that checks first reads it twice. */
	@FunctionalInterface
	public interface Input {

		EntryReader open() throws IOException;

	}

	public ImportReport importFile(Path file, FileFormat format, ImportOptions options, ProgressListener progress)
			throws IOException {
		return run(() -> format.open(file, objectMapper), options, progress);
	}

	public ImportReport run(Input input, ImportOptions options, ProgressListener progress) throws IOException {
		long started = System.nanoTime();
		Run run = new Run(options);
		if (!options.skipRejected()) {
			check(input, run);
			if (run.rejectedCount > 0) {
				return run.report(started, true);
			}
		}
		try (EntryReader reader = input.open()) {
			List<BatchEntry> batch = new ArrayList<>();
			BatchEntry entry;
			while ((entry = run.next(reader)) != null) {
				if (!batch.isEmpty() && (batch.size() >= options.batchSize() || !sameKind(entry, batch.get(0)))) {
					if (!run.write(batch)) {
						return run.report(started, true);
					}
					progress.progress(run.done(), reader.fractionRead());
				}
				batch.add(entry);
			}
			if (!batch.isEmpty() && !run.write(batch)) {
				return run.report(started, true);
			}
			progress.progress(run.done(), 1);
		}
		return run.report(started, false);
	}

	/**
	 * Whether two entries may share a batch: facts with facts, registrations with their
	 * own kind, since what a batch registers is known only once it commits.
	 */
	private static boolean sameKind(BatchEntry entry, BatchEntry other) {
		return entry.command().getClass() == other.command().getClass()
				|| entry.command() instanceof RecordFact && other.command() instanceof RecordFact;
	}

	/** Reads and checks every entry's shape, writing nothing. */
	private void check(Input input, Run run) throws IOException {
		try (EntryReader reader = input.open()) {
			BatchEntry entry;
			while ((entry = run.next(reader)) != null) {
				try {
					ledger.validate(entry.command());
				}
				catch (InvalidCommandException ex) {
					Rejection.of(entry, ex).forEach(run::reject);
				}
			}
		}
	}

	/** The counts of one import. */
	private final class Run {

		private final ImportOptions options;

		private long recorded;

		private long alreadyRecorded;

		private final List<String> kept = new ArrayList<>();

		private long rejectedCount;

		private final List<Rejection> rejected = new ArrayList<>();

		private int batches;

		Run(ImportOptions options) {
			this.options = options;
		}

		/** The next readable entry; an unreadable one is counted and passed over. */
		BatchEntry next(EntryReader reader) throws IOException {
			while (true) {
				try {
					return reader.next();
				}
				catch (UnreadableEntryException ex) {
					reject(ex.rejection());
				}
			}
		}

		void reject(Rejection rejection) {
			rejectedCount++;
			if (rejected.size() < LISTED) {
				rejected.add(rejection);
			}
		}

		/** Writes a batch and clears it; false if a refused entry stopped the import. */
		boolean write(List<BatchEntry> batch) {
			try {
				BatchOutcome outcome = ledger.write(batch, options.skipRejected(), options.recorder());
				recorded += outcome.recorded();
				alreadyRecorded += outcome.alreadyRecorded();
				kept.addAll(outcome.kept());
				outcome.rejected().forEach(this::reject);
				batches++;
				batch.clear();
				return true;
			}
			catch (BatchRejectedException ex) {
				reject(ex.rejection());
				return false;
			}
		}

		long done() {
			return recorded + alreadyRecorded + rejectedCount;
		}

		ImportReport report(long started, boolean stopped) {
			return new ImportReport(recorded, alreadyRecorded, List.copyOf(kept), rejectedCount, List.copyOf(rejected),
					batches, Duration.ofNanos(System.nanoTime() - started), stopped);
		}

	}

}

package org.policyledger.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.policyledger.api.Recorder;
import org.policyledger.integrity.Cores;
import org.policyledger.integrity.WriteBehindFailedException;
import org.policyledger.ledger.BatchEntry;
import org.policyledger.ledger.BatchOutcome;
import org.policyledger.ledger.BatchRejectedException;
import org.policyledger.ledger.CheckedEntry;
import org.policyledger.ledger.Ledger;
import org.policyledger.ledger.Rejection;
import org.policyledger.store.BulkWrites;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Imports files of any size in batches, each one transaction through
 * {@link Ledger#write}, or stored while the next is decided where the process imports
 * alone ({@link Ledger#writeBehind}, {@code ledger.import.write-behind}). A killed import
 * loses at most the batches in flight, and running it again resumes: entries already
 * recorded are recognised by their ids and not recorded twice. The command line's import
 * also loses the batches of its last second if the database crashes with it, as H2 in the
 * same process does ({@link BulkWrites}).
 * <p>
 * By default a file with a bad entry is refused: every entry is read and checked first,
 * and any unreadable or malformed entry is reported with nothing written. An entry that
 * only the ledger's state refuses (a second vote on a roll call, say) stops the import at
 * its batch. With {@code skipRejected}, bad entries are reported and left out instead.
 */
@Component
@EnableConfigurationProperties(ImportProperties.class)
public class Importer {

	/** How many refused entries a report lists; all are counted. */
	public static final int LISTED = 10_000;

	private final Ledger ledger;

	private final ObjectMapper objectMapper;

	private final BulkWrites bulkWrites;

	/**
	 * {@code ledger.import.entries}: the entries imported, by outcome; their rate is the
	 * import's.
	 */
	private final Counter recordedEntries;

	private final Counter alreadyRecordedEntries;

	private final Counter rejectedEntries;

	private final int batchSize;

	private final boolean writeBehind;

	Importer(Ledger ledger, ObjectMapper objectMapper, BulkWrites bulkWrites, MeterRegistry meters,
			ImportProperties properties) {
		this.ledger = ledger;
		this.batchSize = properties.batchSize();
		this.writeBehind = properties.writeBehind();
		this.objectMapper = objectMapper;
		this.bulkWrites = bulkWrites;
		this.recordedEntries = entries(meters, "recorded");
		this.alreadyRecordedEntries = entries(meters, "already-recorded");
		this.rejectedEntries = entries(meters, "rejected");
	}

	private static Counter entries(MeterRegistry meters, String outcome) {
		return Counter.builder("ledger.import.entries")
			.description("Entries imported, by outcome")
			.tag("outcome", outcome)
			.register(meters);
	}

	/**
	 * Options with the configured batch size ({@code ledger.import.batch-size}: 1,000 on
	 * H2, 5,000 on PostgreSQL).
	 */
	public ImportOptions options(boolean skipRejected, Recorder recorder) {
		return new ImportOptions(batchSize, skipRejected, recorder);
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
		List<byte[]> checked = new ArrayList<>();
		if (!options.skipRejected()) {
			check(input, options, run, checked);
			if (run.rejectedCount > 0) {
				return run.report(started, true);
			}
		}
		try (ReadAhead<CheckedEntry> batches = new ReadAhead<>(input, new CheckAgain(checked), options.batchSize())) {
			ReadAhead.Batch<CheckedEntry> batch;
			while ((batch = batches.next()) != null) {
				batch.unreadable().forEach(run::reject);
				if (!batch.entries().isEmpty() && !run.write(batch.entries())) {
					return run.report(started, true);
				}
				progress.progress(run.done(), run.rejectedCount, batch.fractionRead());
			}
			long counted = run.done();
			if (!run.finish()) {
				return run.report(started, true);
			}
			if (run.done() != counted) {
				progress.progress(run.done(), run.rejectedCount, 1);
			}
		}
		catch (IOException | RuntimeException ex) {
			run.abandon();
			throw ex;
		}
		return run.report(started, false);
	}

	/**
	 * Reads and checks every entry's shape, writing nothing: one thread reads the next
	 * batch while the current one is checked on every core. Adds the input's digest after
	 * each batch to {@code checked}.
	 */
	private void check(Input input, ImportOptions options, Run run, List<byte[]> checked) throws IOException {
		try (ReadAhead<BatchEntry> batches = new ReadAhead<>(input, (entries, digest) -> entries,
				options.batchSize())) {
			ReadAhead.Batch<BatchEntry> batch;
			while ((batch = batches.next()) != null) {
				batch.unreadable().forEach(run::reject);
				Cores.map(batch.entries(), ledger::check).forEach(entry -> entry.invalid().forEach(run::reject));
				checked.add(batch.digest());
			}
		}
	}

	/**
	 * The write pass's check of each batch, on the reading thread: a batch read to the
	 * digest the check pass had after the same batch holds the bytes checked then, so its
	 * entries are not checked again; any other batch is, as is every batch of an input
	 * without digests.
	 */
	private final class CheckAgain implements ReadAhead.Check<CheckedEntry> {

		private final List<byte[]> checked;

		private int batches;

		CheckAgain(List<byte[]> checked) {
			this.checked = checked;
		}

		@Override
		public List<CheckedEntry> apply(List<BatchEntry> entries, byte[] digest) {
			int batch = batches++;
			boolean checkedBefore = digest != null && batch < checked.size()
					&& Arrays.equals(checked.get(batch), digest);
			Function<BatchEntry, CheckedEntry> check = checkedBefore ? ledger::checkedBefore : ledger::check;
			return entries.stream().map(check).toList();
		}

	}

	/** A batch written behind and its outcome, not yet known to be stored. */
	private record Unstored(List<CheckedEntry> batch, BatchOutcome outcome) {
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

		void reject(Rejection rejection) {
			rejectedCount++;
			rejectedEntries.increment();
			if (rejected.size() < LISTED) {
				rejected.add(rejection);
			}
		}

		/**
		 * The batch last written behind, with its outcome, until it is known to be
		 * stored.
		 */
		private Unstored unstored;

		/** Writes a batch; false if a refused entry stopped the import. */
		boolean write(List<CheckedEntry> batch) {
			if (!writeBehind) {
				return writeNow(batch);
			}
			try {
				BatchOutcome outcome = ledger.writeBehind(batch, options.skipRejected(), options.recorder());
				countStored();
				unstored = new Unstored(batch, outcome);
				return true;
			}
			catch (WriteBehindFailedException ex) {
				return writeUnstoredAgain() && writeNow(batch);
			}
			catch (BatchRejectedException ex) {
				return finish() && rejected(ex);
			}
		}

		/**
		 * Waits until the batch written behind is stored, writing it again the ordinary
		 * way if it was not; false if a refused entry stopped the import there.
		 */
		boolean finish() {
			if (unstored == null) {
				return true;
			}
			try {
				ledger.awaitWrites();
				countStored();
				return true;
			}
			catch (WriteBehindFailedException ex) {
				return writeUnstoredAgain();
			}
		}

		/**
		 * Waits for the batch written behind before an import that failed ends, so that
		 * nothing is still being written once it has; whether it was stored is left to
		 * the import run again.
		 */
		void abandon() {
			if (unstored != null) {
				try {
					ledger.awaitWrites();
				}
				catch (WriteBehindFailedException ex) {
					// not stored: the import run again writes it
				}
				unstored = null;
			}
		}

		private void countStored() {
			if (unstored != null) {
				count(unstored.outcome());
				unstored = null;
			}
		}

		private boolean writeUnstoredAgain() {
			List<CheckedEntry> again = unstored.batch();
			unstored = null;
			return writeNow(again);
		}

		private boolean writeNow(List<CheckedEntry> batch) {
			try {
				count(ledger.write(batch, options.skipRejected(), options.recorder()));
				return true;
			}
			catch (BatchRejectedException ex) {
				return rejected(ex);
			}
		}

		private boolean rejected(BatchRejectedException ex) {
			reject(ex.rejection());
			return false;
		}

		private void count(BatchOutcome outcome) {
			recorded += outcome.recorded();
			alreadyRecorded += outcome.alreadyRecorded();
			recordedEntries.increment(outcome.recorded());
			alreadyRecordedEntries.increment(outcome.alreadyRecorded());
			kept.addAll(outcome.kept());
			outcome.rejected().forEach(this::reject);
			batches++;
		}

		long done() {
			return recorded + alreadyRecorded + rejectedCount;
		}

		/**
		 * The import's report, once what it counts as written is in the file: the batch
		 * written behind, if any, is stored first (and may stop the import).
		 */
		ImportReport report(long started, boolean stopped) {
			boolean stoppedAtLast = !finish();
			bulkWrites.sync();
			return new ImportReport(recorded, alreadyRecorded, List.copyOf(kept), rejectedCount, List.copyOf(rejected),
					batches, Duration.ofNanos(System.nanoTime() - started), stopped || stoppedAtLast);
		}

	}

}

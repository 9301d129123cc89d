package org.policyledger.interchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.policyledger.api.RecordFact;
import org.policyledger.ledger.BatchEntry;
import org.policyledger.ledger.Rejection;

/**
 * Reads, batches and checks a file's entries on a thread of its own (each batch turned
 * into {@code T}s by the check), at most {@value #AHEAD} batches ahead of the writer, so
 * that the next batch is parsed and checked on the second core while the current one is
 * written. Batches come out in the file's order; an unreadable entry comes out with the
 * batch it was met in, or after the last one.
 */
final class ReadAhead<T> implements AutoCloseable {

	private static final int AHEAD = 2;

	/**
	 * The unreadable entries met since the previous batch, then this batch's entries, and
	 * the input's digest when the batch was cut, which covers them
	 * ({@link EntryReader#digestSoFar}).
	 */
	record Batch<T>(List<Rejection> unreadable, List<T> entries, double fractionRead, byte[] digest) {
	}

	/**
	 * Turns a batch's entries as read, and the input's digest when the batch was cut,
	 * into {@code T}s.
	 */
	@FunctionalInterface
	interface Check<T> {

		List<T> apply(List<BatchEntry> entries, byte[] digest);

	}

	private record End(Throwable failure) {
	}

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);

	private final Thread thread;

	ReadAhead(Importer.Input input, Check<T> check, int batchSize) {
		thread = new Thread(() -> read(input, check, batchSize), "import-read-ahead");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * The next batch, or null after the last; throws what stopped the reading, after the
	 * whole batches read before it (the one it interrupted is not passed on).
	 */
	@SuppressWarnings("unchecked")
	Batch<T> next() throws IOException {
		Object next;
		try {
			next = queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while reading ahead", ex);
		}
		if (next instanceof Batch<?> batch) {
			return (Batch<T>) batch;
		}
		Throwable failure = ((End) next).failure();
		queue.offer(next);
		if (failure instanceof IOException io) {
			throw io;
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		return null;
	}

	/** Stops reading (when the writer stops early) and waits until the file is closed. */
	@Override
	public void close() {
		thread.interrupt();
		queue.clear();
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void read(Importer.Input input, Check<T> check, int batchSize) {
		Throwable failure = null;
		try (EntryReader reader = input.open()) {
			List<Rejection> unreadable = new ArrayList<>();
			List<BatchEntry> batch = new ArrayList<>();
			BatchEntry first = null;
			while (true) {
				List<Rejection> before = new ArrayList<>();
				BatchEntry entry = next(reader, before);
				boolean cut = first != null && (entry == null || batch.size() >= batchSize || !sameKind(entry, first));
				if (cut) {
					byte[] digest = reader.digestSoFar();
					queue.put(new Batch<>(unreadable, check.apply(batch, digest),
							entry == null ? 1 : reader.fractionRead(), digest));
					unreadable = new ArrayList<>();
					batch = new ArrayList<>();
					first = null;
				}
				unreadable.addAll(before);
				if (entry == null) {
					break;
				}
				first = first == null ? entry : first;
				batch.add(entry);
			}
			if (!unreadable.isEmpty()) {
				queue.put(new Batch<T>(unreadable, List.of(), 1, reader.digestSoFar()));
			}
		}
		catch (InterruptedException ex) {
			return;
		}
		catch (IOException | RuntimeException | Error ex) {
			failure = ex;
		}
		try {
			queue.put(new End(failure));
		}
		catch (InterruptedException ex) {
			// the writer stopped: nobody waits for the end
		}
	}

	/** The next readable entry; an unreadable one is noted and passed over. */
	private static BatchEntry next(EntryReader reader, List<Rejection> unreadable) throws IOException {
		while (true) {
			try {
				return reader.next();
			}
			catch (UnreadableEntryException ex) {
				unreadable.add(ex.rejection());
			}
		}
	}

	/**
	 * Whether two entries may share a batch: facts with facts, registrations with their
	 * own kind, since what a batch registers is known only once it commits.
	 */
	private static boolean sameKind(BatchEntry entry, BatchEntry other) {
		return entry.command().getClass() == other.command().getClass()
				|| entry.command() instanceof RecordFact && other.command() instanceof RecordFact;
	}

}

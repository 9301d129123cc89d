package org.policyledger.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The same work on each item of a batch, spread over the machine's cores: the calling
 * thread takes the first part and helper threads the others, so that a bulk batch's work
 * (checking an import's entries, serializing and hashing its events) uses a core the
 * calling thread leaves idle. A list shorter than {@value #SMALL} (a single append) stays
 * on the calling thread. Helpers are daemon threads made on first use, with the context
 * class loader of the thread that first needed them.
 */
public final class Cores {

	/** Below this many items, handing work over costs more than it saves. */
	static final int SMALL = 64;

	private static final int COUNT = Runtime.getRuntime().availableProcessors();

	private static final ExecutorService HELPERS = COUNT == 1 ? null
			: Executors.newFixedThreadPool(COUNT - 1, new Helpers());

	private Cores() {
	}

	/**
	 * {@code work} applied to each item, the results in the items' order. What the work
	 * throws is thrown here, after every part has ended.
	 */
	@SuppressWarnings("unchecked")
	public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
		int parts = HELPERS == null ? 1 : Math.min(COUNT, items.size() / (SMALL / 2));
		if (parts <= 1) {
			List<R> results = new ArrayList<>(items.size());
			items.forEach(item -> results.add(work.apply(item)));
			return results;
		}
		Object[] results = new Object[items.size()];
		List<Future<?>> helped = new ArrayList<>(parts - 1);
		for (int part = 1; part < parts; part++) {
			int from = items.size() * part / parts;
			int to = items.size() * (part + 1) / parts;
			helped.add(HELPERS.submit(() -> apply(items, work, results, from, to)));
		}
		Throwable failure = null;
		try {
			apply(items, work, results, 0, items.size() / parts);
		}
		catch (RuntimeException | Error ex) {
			failure = ex;
		}
		for (Future<?> part : helped) {
			try {
				part.get();
			}
			catch (ExecutionException ex) {
				failure = failure != null ? failure : ex.getCause();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				failure = failure != null ? failure : new IllegalStateException("interrupted", ex);
			}
		}
		if (failure instanceof Error error) {
			throw error;
		}
		if (failure != null) {
			throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
		}
		return (List<R>) Arrays.asList(results);
	}

	private static <T, R> void apply(List<T> items, Function<? super T, ? extends R> work, Object[] results, int from,
			int to) {
		for (int i = from; i < to; i++) {
			results[i] = work.apply(items.get(i));
		}
	}

	/** Daemon threads named for what they do. */
	private static final class Helpers implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable work) {
			Thread thread = new Thread(work, "ledger-cores-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}

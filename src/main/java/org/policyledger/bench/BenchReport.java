package org.policyledger.bench;

import java.util.List;
import java.util.Map;

/**
 * What one benchmark run measured, one part per database it ran on. Rates are per second;
 * {@code ratio} compares the ledger with the raw database doing the least the same work
 * needs.
 */
public record BenchReport(Machine machine, long seed, List<Database> databases) {

	/**
	 * The run on one database ({@code name} and {@code version} as its JDBC driver gives
	 * them), checked against the targets.
	 */
	public record Database(String name, String version, Throughput registrations, List<Step> steps, Replay replay,
			AfterRun afterRun, Throughput unVotes, List<Target> targets) {

	}

	/** A target of docs/performance.md, and whether this run met it. */
	public record Target(String name, String target, String measured, boolean met) {

	}

	/** Where it ran. */
	public record Machine(String os, int cores, long maxHeapBytes, String java) {

	}

	/** Entries handled and how long they took. */
	public record Throughput(long entries, double seconds, double perSecond) {

		static Throughput of(long entries, long nanos) {
			return new Throughput(entries, nanos / 1e9, entries * 1e9 / nanos);
		}

	}

	/** The ledger's rate beside the raw database's. */
	public record Versus(Throughput ledger, Throughput raw, double ratio) {

		static Versus of(Throughput ledger, Throughput raw) {
			return new Versus(ledger, raw, ledger.perSecond() / raw.perSecond());
		}

	}

	/**
	 * A ledger grown to {@code facts} facts, and what it did at that size. The bulk
	 * import is set beside the raw write of its events with their chain links, the rows
	 * the ledger writes; {@code rawEventRows} is the raw write of the event rows alone.
	 * Single appends are timed twice: while the read models project them ({@code append},
	 * as a service runs), and with the read models paused ({@code appendAlone}, what the
	 * store does with no projection committing beside it).
	 */
	public record Step(long facts, long events, Versus bulkImport, Throughput rawEventRows, Throughput catchUp,
			Latency append, Latency appendAlone, Map<String, Latency> queries, Http http, long diskBytes,
			double diskBytesPerEvent, long heapAfterGcBytes) {

		/** The bulk import's rate as a share of the raw write of its event rows alone. */
		double importShareOfEventRows() {
			return bulkImport.ledger().perSecond() / rawEventRows.perSecond();
		}

	}

	/**
	 * The disk once the run is over and its ledger closed: on H2 the file compacted to
	 * its live pages as the {@code compact} command does ({@code compactionSeconds}), on
	 * PostgreSQL the database as the run left it ({@code compactionSeconds} null).
	 */
	public record AfterRun(long events, long diskBytes, double diskBytesPerEvent, Double compactionSeconds) {

	}

	/** Concurrent HTTP reads on loopback, and the load generator that sent them. */
	public record Http(int clients, String generator, Latency reads, long errors) {

	}

	/**
	 * Rebuilding every read model from the event store, beside a raw sequential read of
	 * it; and the rebuilt rows of every fact written again by plain JDBC, in facts per
	 * second: the fastest any catch-up or replay could write them in this database.
	 */
	public record Replay(long events, Versus rebuild, Throughput rawRewrite) {

	}

}

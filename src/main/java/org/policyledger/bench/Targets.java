package org.policyledger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.policyledger.bench.BenchReport.AfterRun;
import org.policyledger.bench.BenchReport.Replay;
import org.policyledger.bench.BenchReport.Step;
import org.policyledger.bench.BenchReport.Target;
import org.policyledger.bench.BenchReport.Throughput;

/**
 * The "must reach" figures of the write-path and read-path issues (docs/performance.md),
 * checked against a database's figures at its largest size.
 */
final class Targets {

	static final double IMPORT_SHARE_OF_RAW = 0.6;

	/** The UN votes import's limit on each database, by product name. */
	static final Map<String, Double> UN_VOTES_SECONDS = Map.of("H2", 60.0, RawStore.POSTGRESQL, 30.0);

	static final double APPEND_P99_MS = 5;

	static final double DISK_BYTES_PER_EVENT = 2048;

	static final double CATCH_UP_PER_SECOND = 50_000;

	static final double REPLAY_PER_SECOND = 100_000;

	/**
	 * The p99 each point-in-time query must keep; the topic-wide answer covers 200
	 * actors.
	 */
	static final Map<String, Double> QUERY_P99_MS = Map.of("stance", 2.0, "stanceKnownAt", 2.0, "topicAllActors", 10.0);

	static final double P99_GROWTH = 2;

	static final double HTTP_PER_SECOND = 5_000;

	static final long HEAP_BYTES = 512L << 20;

	private Targets() {
	}

	/** The targets on the database named {@code database} (its product name). */
	static List<Target> check(String database, List<Step> steps, Replay replay, AfterRun afterRun, Throughput unVotes) {
		List<Target> targets = new ArrayList<>();
		Step smallest = steps.get(0);
		Step largest = steps.get(steps.size() - 1);
		String at = " at %,d facts".formatted(largest.facts());
		double share = largest.bulkImport().ratio();
		targets.add(new Target("bulk import vs raw JDBC, events and links" + at, ">= 60%",
				"%.0f%%; of event rows alone %.0f%%".formatted(share * 100, largest.importShareOfEventRows() * 100),
				share >= IMPORT_SHARE_OF_RAW));
		Double unVotesLimit = UN_VOTES_SECONDS.get(database);
		if (unVotes != null && unVotesLimit != null) {
			targets.add(new Target("UN votes import", "<= %.0f s".formatted(unVotesLimit),
					"%.1f s".formatted(unVotes.seconds()), unVotes.seconds() <= unVotesLimit));
		}
		double appendP99 = largest.append().p99Ms();
		targets.add(new Target("single append p99" + at, "<= 5 ms",
				"%.2f ms; read models paused %.2f ms".formatted(appendP99, largest.appendAlone().p99Ms()),
				appendP99 <= APPEND_P99_MS));
		double disk = steps.stream().mapToDouble(Step::diskBytesPerEvent).max().orElseThrow();
		targets.add(new Target("disk at every size", "<= 2 KB per event",
				"%,.0f bytes per event at most".formatted(disk), disk <= DISK_BYTES_PER_EVENT));
		targets.add(new Target(
				afterRun.compactionSeconds() == null ? "disk after the run" : "disk after the run, compacted",
				"<= 2 KB per event", "%,.0f bytes per event".formatted(afterRun.diskBytesPerEvent()),
				afterRun.diskBytesPerEvent() <= DISK_BYTES_PER_EVENT));
		String rawLimit = "; raw write of its rows %,.0f facts/s".formatted(replay.rawRewrite().perSecond());
		double caughtUp = largest.catchUp().perSecond();
		targets.add(new Target("read-model catch-up" + at, ">= 50,000 events/s",
				"%,.0f events/s".formatted(caughtUp) + rawLimit, caughtUp >= CATCH_UP_PER_SECOND));
		double rebuilt = replay.rebuild().ledger().perSecond();
		targets.add(new Target("replay of %,d events".formatted(replay.events()), ">= 100,000 events/s",
				"%,.0f events/s".formatted(rebuilt) + rawLimit, rebuilt >= REPLAY_PER_SECOND));
		for (var query : largest.queries().entrySet()) {
			double p99 = query.getValue().p99Ms();
			double limit = QUERY_P99_MS.getOrDefault(query.getKey(), 2.0);
			double smallP99 = smallest.queries().get(query.getKey()).p99Ms();
			targets.add(new Target(query.getKey() + " p99" + at, "<= %.0f ms".formatted(limit),
					"%.2f ms".formatted(p99), p99 <= limit));
			targets
				.add(new Target(query.getKey() + " p99 growth, %,d to %,d".formatted(smallest.facts(), largest.facts()),
						"<= 2x", "%.2fx".formatted(p99 / smallP99), p99 <= P99_GROWTH * smallP99));
		}
		double reads = largest.http().reads().perSecond();
		targets.add(new Target("HTTP reads" + at, ">= 5,000/s, no errors",
				"%,.0f/s, %d errors".formatted(reads, largest.http().errors()),
				reads >= HTTP_PER_SECOND && largest.http().errors() == 0));
		long maxHeap = Runtime.getRuntime().maxMemory();
		targets.add(new Target("heap" + at, "runs in -Xmx512m", "ran in -Xmx %d MiB".formatted(maxHeap >> 20),
				maxHeap <= HEAP_BYTES));
		return targets;
	}

}

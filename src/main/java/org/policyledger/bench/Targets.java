package org.policyledger.bench;

import java.util.ArrayList;
import java.util.List;

import org.policyledger.bench.BenchReport.Replay;
import org.policyledger.bench.BenchReport.Step;
import org.policyledger.bench.BenchReport.Target;
import org.policyledger.bench.BenchReport.Throughput;

/**
 * The targets of docs/performance.md, checked against a run's figures at its largest
 * size.
 */
final class Targets {

	static final double IMPORT_PER_SECOND = 50_000;

	static final double IMPORT_SHARE_OF_RAW = 0.5;

	static final double UN_VOTES_SECONDS = 30;

	static final double REPLAY_PER_SECOND = 100_000;

	static final double QUERY_P99_MS = 2;

	static final double P99_GROWTH = 2;

	static final double HTTP_PER_SECOND = 5_000;

	static final long HEAP_BYTES = 1L << 30;

	private Targets() {
	}

	static List<Target> check(List<Step> steps, Replay replay, Throughput unVotes) {
		List<Target> targets = new ArrayList<>();
		Step smallest = steps.get(0);
		Step largest = steps.get(steps.size() - 1);
		String at = " at " + largest.facts() + " facts";
		double imported = largest.bulkImport().ledger().perSecond();
		targets.add(new Target("bulk import" + at, ">= 50,000 facts/s", "%,.0f facts/s".formatted(imported),
				imported >= IMPORT_PER_SECOND));
		double share = largest.bulkImport().ratio();
		targets.add(new Target("bulk import vs raw JDBC batch" + at, ">= 50%", "%.0f%%".formatted(share * 100),
				share >= IMPORT_SHARE_OF_RAW));
		if (unVotes != null) {
			targets.add(new Target("UN votes import", "< 30 s", "%.1f s".formatted(unVotes.seconds()),
					unVotes.seconds() < UN_VOTES_SECONDS));
		}
		double rebuilt = replay.rebuild().ledger().perSecond();
		targets.add(new Target("replay of " + replay.events() + " events", ">= 100,000 events/s",
				"%,.0f events/s".formatted(rebuilt), rebuilt >= REPLAY_PER_SECOND));
		for (var query : largest.queries().entrySet()) {
			double p99 = query.getValue().p99Ms();
			double smallP99 = smallest.queries().get(query.getKey()).p99Ms();
			targets.add(
					new Target(query.getKey() + " p99" + at, "<= 2 ms", "%.2f ms".formatted(p99), p99 <= QUERY_P99_MS));
			targets.add(new Target(query.getKey() + " p99 growth, " + smallest.facts() + " to " + largest.facts(),
					"<= 2x", "%.2fx".formatted(p99 / smallP99), p99 <= P99_GROWTH * smallP99));
		}
		double reads = largest.http().reads().perSecond();
		targets.add(new Target("HTTP reads" + at, ">= 5,000/s, no errors",
				"%,.0f/s, %d errors".formatted(reads, largest.http().errors()),
				reads >= HTTP_PER_SECOND && largest.http().errors() == 0));
		long maxHeap = Runtime.getRuntime().maxMemory();
		targets.add(new Target("heap" + at, "<= 1 GiB (-Xmx)", "ran in -Xmx %d MiB".formatted(maxHeap >> 20),
				maxHeap <= HEAP_BYTES));
		return targets;
	}

}

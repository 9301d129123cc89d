package org.policyledger.bench;

import java.util.Formatter;
import java.util.Locale;
import java.util.function.Function;

import org.policyledger.bench.BenchReport.AfterRun;
import org.policyledger.bench.BenchReport.Database;
import org.policyledger.bench.BenchReport.Step;
import org.policyledger.bench.BenchReport.Target;

/** A run's figures as a plain-text table. */
public final class BenchTable {

	private BenchTable() {
	}

	/** The machine, then each database's figures and targets, one after the other. */
	public static String of(BenchReport report) {
		Formatter out = new Formatter(Locale.ROOT);
		out.format("%s, %d cores, max heap %d MiB, %s%n", report.machine().os(), report.machine().cores(),
				report.machine().maxHeapBytes() >> 20, report.machine().java());
		report.databases().forEach(database -> database(out, database));
		return out.toString();
	}

	private static void database(Formatter out, Database report) {
		out.format("%n%s %s%n", report.name(), report.version());
		out.format("%-34s", "facts");
		report.steps().forEach(step -> out.format("%16s", "%,d".formatted(step.facts())));
		out.format("%n");
		row(out, report, "bulk import, facts/s", step -> "%,.0f".formatted(step.bulkImport().ledger().perSecond()));
		row(out, report, "raw JDBC, events and links/s",
				step -> "%,.0f".formatted(step.bulkImport().raw().perSecond()));
		row(out, report, "import / raw", step -> "%.0f%%".formatted(step.bulkImport().ratio() * 100));
		row(out, report, "raw JDBC, event rows alone/s", step -> "%,.0f".formatted(step.rawEventRows().perSecond()));
		row(out, report, "import / raw event rows", step -> "%.0f%%".formatted(step.importShareOfEventRows() * 100));
		row(out, report, "read-model catch-up, events/s", step -> "%,.0f".formatted(step.catchUp().perSecond()));
		row(out, report, "single append p50 / p99, ms",
				step -> "%.2f / %.2f".formatted(step.append().p50Ms(), step.append().p99Ms()));
		row(out, report, "single appends, facts/s", step -> "%,.0f".formatted(step.append().perSecond()));
		row(out, report, "  read models paused, p50 / p99",
				step -> "%.2f / %.2f".formatted(step.appendAlone().p50Ms(), step.appendAlone().p99Ms()));
		report.steps().get(0).queries().keySet().forEach(query -> row(out, report, query + " p50 / p99, ms", step -> {
			Latency latency = step.queries().get(query);
			return "%.2f / %.2f".formatted(latency.p50Ms(), latency.p99Ms());
		}));
		row(out, report, "HTTP load generator", step -> step.http().generator());
		row(out, report, "HTTP reads/s (errors)",
				step -> "%,.0f (%d)".formatted(step.http().reads().perSecond(), step.http().errors()));
		row(out, report, "HTTP p50 / p99, ms",
				step -> "%.2f / %.2f".formatted(step.http().reads().p50Ms(), step.http().reads().p99Ms()));
		row(out, report, "disk, bytes/event", step -> "%,.0f".formatted(step.diskBytesPerEvent()));
		row(out, report, "heap after GC, MiB", step -> "%,d".formatted(step.heapAfterGcBytes() >> 20));
		out.format("%nreplay of %,d events: %,.0f events/s; raw sequential read %,.0f rows/s (%.0f%%)%n",
				report.replay().events(), report.replay().rebuild().ledger().perSecond(),
				report.replay().rebuild().raw().perSecond(), report.replay().rebuild().ratio() * 100);
		out.format("read models' rows of %,d facts by raw JDBC batches: %,.0f facts/s (replay at %.0f%% of it)%n",
				report.replay().rawRewrite().entries(), report.replay().rawRewrite().perSecond(),
				report.replay().rebuild().ledger().perSecond() / report.replay().rawRewrite().perSecond() * 100);
		AfterRun afterRun = report.afterRun();
		out.format("after the run, the ledger closed%s: %,d events, %,.0f bytes/event%n",
				afterRun.compactionSeconds() == null ? ""
						: " and its file compacted in %.1f s".formatted(afterRun.compactionSeconds()),
				afterRun.events(), afterRun.diskBytesPerEvent());
		if (report.unVotes() != null) {
			out.format("UN votes: %,d entries in %.1f s (%,.0f/s)%n", report.unVotes().entries(),
					report.unVotes().seconds(), report.unVotes().perSecond());
		}
		out.format("%ntargets on %s%n", report.name());
		for (Target target : report.targets()) {
			out.format("  %-4s %-62s %-24s %s%n", target.met() ? "met" : "MISS", target.name(), target.target(),
					target.measured());
		}
	}

	private static void row(Formatter out, Database report, String name, Function<Step, String> cell) {
		out.format("%-34s", name);
		report.steps().forEach(step -> out.format("%16s", cell.apply(step)));
		out.format("%n");
	}

}

package org.policyledger.cli;

import java.util.concurrent.Callable;

import org.policyledger.api.ActorId;
import org.policyledger.api.query.FactView;
import org.policyledger.api.query.StanceShift;
import org.policyledger.api.query.Timeline;
import org.policyledger.api.query.TimelineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "history", mixinStandardHelpOptions = true,
		description = "Everything recorded about an actor, in valid-time order, and its stance shifts.")
class HistoryCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Mixin
	Queries queries;

	@Parameters(paramLabel = "ACTOR", description = "An actor id, e.g. USA.")
	String actor;

	@Option(names = "--sources", description = "Show each fact's sources.")
	boolean sources;

	@Override
	public Integer call() throws Exception {
		Timeline timeline = queries.ask(cli,
				new TimelineQuery(ActorId.of(actor), queries.knownAt(cli), null, null, 0, TimelineQuery.MAX_LIMIT),
				Timeline.class);
		if (queries.json) {
			cli.printJson(timeline, true);
			return 0;
		}
		for (FactView fact : timeline.facts()) {
			System.out.println(Facts.describe(fact));
			if (sources) {
				Facts.printSources(fact, "    ");
			}
		}
		for (StanceShift shift : timeline.shifts()) {
			System.out.printf("shift on %s: %s -> %s, %s to %s%n", shift.topicId().value(), shift.from(), shift.to(),
					shift.before().validTime(), shift.after().validTime());
		}
		System.out.printf("%,d facts about %s%s%n", timeline.total(), actor,
				timeline.total() > timeline.facts().size() ? "; the first " + timeline.facts().size() + " shown" : "");
		return 0;
	}

}

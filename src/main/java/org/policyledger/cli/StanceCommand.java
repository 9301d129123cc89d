package org.policyledger.cli;

import java.util.concurrent.Callable;

import org.policyledger.api.ActorId;
import org.policyledger.api.TopicId;
import org.policyledger.api.query.FactView;
import org.policyledger.api.query.StanceAnswer;
import org.policyledger.api.query.StanceQuery;
import org.policyledger.read.TimeParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "stance", mixinStandardHelpOptions = true,
		description = "An actor's stance on a topic as of a day, with the fact it rests on and that fact's sources.")
class StanceCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Mixin
	Queries queries;

	@Parameters(index = "0", paramLabel = "ACTOR", description = "An actor id, e.g. USA.")
	String actor;

	@Parameters(index = "1", paramLabel = "TOPIC", description = "A topic id, e.g. multilateral-ai-governance.")
	String topic;

	@Option(names = "--as-of", paramLabel = "DAY", description = "The day of valid time, YYYY-MM-DD. Default: today.")
	String asOf;

	@Override
	public Integer call() throws Exception {
		StanceQuery query = new StanceQuery(ActorId.of(actor), TopicId.of(topic),
				cli.ledger(TimeParameters.class, true).asOf(asOf), queries.knownAt(cli));
		StanceAnswer answer = queries.ask(cli, query, StanceAnswer.class);
		if (queries.json) {
			cli.printJson(answer, true);
			return 0;
		}
		System.out.printf("%s on %s as of %s: %s%s%s%n", actor, topic, query.asOf(),
				answer.stance() == null ? "no recorded stance" : answer.stance(),
				answer.inferred() ? " (inferred: the instrument it signed, joined or ratified expresses it)" : "",
				answer.stance() != null && !answer.certain() ? " (uncertain: see the unresolved facts)" : "");
		if (answer.basis() != null) {
			System.out.println("  because " + Facts.describe(answer.basis()));
			Facts.printSources(answer.basis(), "    ");
		}
		for (FactView unresolved : answer.unresolved()) {
			System.out.println("  unresolved: " + Facts.describe(unresolved));
		}
		return 0;
	}

}

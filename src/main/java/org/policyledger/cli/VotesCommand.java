package org.policyledger.cli;

import java.util.concurrent.Callable;

import org.policyledger.api.ActorId;
import org.policyledger.api.TopicId;
import org.policyledger.api.query.VotingRecord;
import org.policyledger.api.query.VotingRecordQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

@Command(name = "votes", mixinStandardHelpOptions = true,
		description = "How an actor voted on roll calls, year by year: yes, no and abstain counts, as the API's"
				+ " /api/actors/{id}/votes gives them.")
class VotesCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Mixin
	Queries queries;

	@Parameters(paramLabel = "ACTOR", description = "An actor id, e.g. USA.")
	String actor;

	@Option(names = "--topic", paramLabel = "TOPIC", description = "Only roll calls about this topic.")
	String topic;

	@Override
	public Integer call() throws Exception {
		VotingRecord record = queries.ask(cli, new VotingRecordQuery(ActorId.of(actor),
				topic == null ? null : TopicId.of(topic), queries.knownAt(cli)), VotingRecord.class);
		if (queries.json) {
			cli.printJson(record, true);
			return 0;
		}
		System.out.printf("%-6s %7s %7s %7s %7s%n", "year", "yes", "no", "abstain", "yes/all");
		int yes = 0;
		int votes = 0;
		for (VotingRecord.Year year : record.years()) {
			int cast = year.yes() + year.no() + year.abstain();
			System.out.printf("%-6d %,7d %,7d %,7d %d/%d%n", year.year(), year.yes(), year.no(), year.abstain(),
					year.yes(), cast);
			yes += year.yes();
			votes += cast;
		}
		System.out.printf("%,d votes by %s in %d years, %,d of them yes%n", votes, actor, record.years().size(), yes);
		return 0;
	}

}

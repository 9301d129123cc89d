package org.policyledger.cli;

import java.util.concurrent.Callable;

import org.policyledger.read.DeadLetters;
import org.policyledger.read.ReadModelMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "dead-letters", mixinStandardHelpOptions = true,
		description = "Lists, as JSON, the events no projection could process (parked so that the read models go on),"
				+ " with why; with --retry, first lets the read models catch up, then runs every parked stream"
				+ " through them again. Exits with 1 while dead letters remain.")
class DeadLettersCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Spec
	CommandSpec spec;

	@Option(names = "--retry", description = "Retry every parked stream, then list what is left.")
	boolean retry;

	@Option(names = "--limit", paramLabel = "N", defaultValue = "100",
			description = "List at most N letters (default: ${DEFAULT-VALUE}).")
	int limit;

	@Option(names = { "-q", "--quiet" }, description = "No progress display.")
	boolean quiet;

	@Override
	public Integer call() throws Exception {
		if (limit < 1) {
			throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
		}
		ReadModelMaintenance readModel = cli.ledger(ReadModelMaintenance.class, retry);
		if (retry) {
			CatchUp.await(readModel, ConsoleProgress.onConsole("caught up", quiet));
			readModel.retryDeadLetters();
		}
		DeadLetters letters = readModel.deadLetters(limit);
		cli.printJson(letters, retry);
		return letters.total() == 0 ? 0 : LedgerCli.PARTLY;
	}

}

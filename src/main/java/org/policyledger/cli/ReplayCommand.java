package org.policyledger.cli;

import java.util.concurrent.Callable;

import org.policyledger.read.ReadModelMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "replay", mixinStandardHelpOptions = true,
		description = "Rebuilds every read model from the event store, and waits until it is done.")
class ReplayCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Option(names = { "-q", "--quiet" }, description = "No progress display.")
	boolean quiet;

	@Override
	public Integer call() {
		ReadModelMaintenance readModel = cli.ledger(ReadModelMaintenance.class, true);
		long started = System.nanoTime();
		readModel.rebuild();
		CatchUp.await(readModel, ConsoleProgress.onConsole("replayed", quiet));
		double seconds = (System.nanoTime() - started) / 1e9;
		long events = readModel.head() + 1;
		System.out.printf("replayed %,d events in %.1f s (%,.0f events/s)%n", events, seconds, events / seconds);
		return 0;
	}

}

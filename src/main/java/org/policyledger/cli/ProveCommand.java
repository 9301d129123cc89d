package org.policyledger.cli;

import java.util.concurrent.Callable;

import org.policyledger.api.FactId;
import org.policyledger.integrity.Integrity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "prove", mixinStandardHelpOptions = true,
		description = "Prints, as JSON, the proof that a fact is among the events of a digest (see docs/integrity.md"
				+ " for how to check it).")
class ProveCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Parameters(paramLabel = "FACT", description = "The fact id.")
	String fact;

	@Option(names = "--tree-size", paramLabel = "EVENTS",
			description = "The size of the published digest to prove against. Default: the current one.")
	Long treeSize;

	@Override
	public Integer call() throws Exception {
		cli.printJson(cli.ledger(Integrity.class, false).prove(FactId.of(fact), treeSize), false);
		return 0;
	}

}

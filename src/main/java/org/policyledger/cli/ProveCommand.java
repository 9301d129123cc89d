package org.policyledger.cli;

import java.util.concurrent.Callable;

import org.policyledger.api.FactId;
import org.policyledger.integrity.Integrity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "prove", mixinStandardHelpOptions = true,
		description = "Prints, as JSON, the proof that a fact is among the events of a digest, or that an earlier"
				+ " digest is a prefix of a later one (see docs/integrity.md for how to check them).")
class ProveCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FACT", arity = "0..1", description = "The fact id.")
	String fact;

	@Option(names = "--consistent-with", paramLabel = "EVENTS",
			description = "Instead of a fact, prove that the digest of the first EVENTS events (published earlier)"
					+ " is a prefix of the digest of --tree-size.")
	Long earlierSize;

	@Option(names = "--tree-size", paramLabel = "EVENTS",
			description = "The size of the published digest to prove against. Default: the current one.")
	Long treeSize;

	@Override
	public Integer call() throws Exception {
		if ((fact == null) == (earlierSize == null)) {
			throw new ParameterException(spec.commandLine(), "give either a FACT or --consistent-with EVENTS");
		}
		Integrity integrity = cli.ledger(Integrity.class, false);
		cli.printJson(fact != null ? integrity.prove(FactId.of(fact), treeSize)
				: integrity.proveConsistency(earlierSize, treeSize), false);
		return 0;
	}

}

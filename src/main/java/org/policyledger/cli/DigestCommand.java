package org.policyledger.cli;

import java.util.concurrent.Callable;

import org.policyledger.integrity.Integrity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "digest", mixinStandardHelpOptions = true,
		description = "Prints the ledger's digest as JSON (Merkle root and chain head over its stored events, with"
				+ " the time issued): publish it, and prove facts against it later with 'prove'.")
class DigestCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Option(names = "--size", paramLabel = "EVENTS",
			description = "The digest of the first EVENTS stored events, as published earlier. Default: all.")
	Long size;

	@Override
	public Integer call() throws Exception {
		Integrity integrity = cli.ledger(Integrity.class, false);
		cli.printJson(size == null ? integrity.digest() : integrity.digest(size), false);
		return 0;
	}

}

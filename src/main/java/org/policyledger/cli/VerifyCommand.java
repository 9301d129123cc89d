package org.policyledger.cli;

import java.util.concurrent.Callable;

import org.policyledger.store.StoreVerifier;
import org.policyledger.store.Verification;
import org.policyledger.read.ReadModelMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", mixinStandardHelpOptions = true,
		description = "Checks that the stored ledger holds together (events, streams, fact ids, read model, once it"
				+ " has caught up); exits with 1 if a check fails.")
class VerifyCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Option(names = { "-q", "--quiet" }, description = "No progress display while the read models catch up.")
	boolean quiet;

	@Override
	public Integer call() {
		CatchUp.await(cli.ledger(ReadModelMaintenance.class, true), ConsoleProgress.onConsole("caught up", quiet));
		Verification verification = cli.ledger(StoreVerifier.class, true).verify();
		for (Verification.Check check : verification.checks()) {
			System.out.printf("%s %s: %s%n", check.passed() ? "ok    " : "FAILED", check.name(), check.detail());
		}
		return verification.passed() ? 0 : LedgerCli.PARTLY;
	}

}

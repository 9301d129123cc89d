package org.policyledger.cli;

import java.util.concurrent.Callable;

import org.policyledger.store.StoreVerifier;
import org.policyledger.store.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", mixinStandardHelpOptions = true,
		description = "Checks that the stored ledger holds together (events, streams, fact ids, read model);"
				+ " exits with 1 if a check fails.")
class VerifyCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Override
	public Integer call() {
		Verification verification = cli.ledger(StoreVerifier.class, false).verify();
		for (Verification.Check check : verification.checks()) {
			System.out.printf("%s %s: %s%n", check.passed() ? "ok    " : "FAILED", check.name(), check.detail());
		}
		return verification.passed() ? 0 : LedgerCli.PARTLY;
	}

}

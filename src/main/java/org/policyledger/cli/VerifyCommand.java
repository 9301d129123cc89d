package org.policyledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.policyledger.ledger.SnapshotAudit;
import org.policyledger.store.ReadModelAudit;
import org.policyledger.store.StoreVerifier;
import org.policyledger.store.Verification;
import org.policyledger.read.ReadModelMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", mixinStandardHelpOptions = true,
		description = "Checks that the stored ledger holds together (chain, streams, recording times, fact ids, read"
				+ " model once it has caught up), then recomputes the read models and the actors' snapshots from the"
				+ " log and names every row and snapshot that differed; exits with 1 if a check fails.")
class VerifyCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Option(names = { "-q", "--quiet" }, description = "No progress display while the read models catch up.")
	boolean quiet;

	@Option(names = "--quick",
			description = "Skip recomputing the read models and snapshots from the log (a full replay: minutes for"
					+ " the UN votes).")
	boolean quick;

	@Override
	public Integer call() {
		ReadModelMaintenance readModel = cli.ledger(ReadModelMaintenance.class, true);
		CatchUp.await(readModel, ConsoleProgress.onConsole("caught up", quiet));
		Verification verification = cli.ledger(StoreVerifier.class, true).verify();
		if (!quick) {
			ReadModelAudit audit = cli.ledger(ReadModelAudit.class, true);
			ReadModelAudit.Snapshot snapshot = audit.snapshotAndRebuild();
			CatchUp.await(readModel, ConsoleProgress.onConsole("recomputed", quiet));
			List<Verification.Check> checks = new ArrayList<>(verification.checks());
			checks.add(audit.compare(snapshot));
			checks.add(cli.ledger(SnapshotAudit.class, true).check());
			verification = new Verification(checks);
		}
		for (Verification.Check check : verification.checks()) {
			System.out.printf("%s %s: %s%n", check.passed() ? "ok    " : "FAILED", check.name(), check.detail());
		}
		return verification.passed() ? 0 : LedgerCli.PARTLY;
	}

}

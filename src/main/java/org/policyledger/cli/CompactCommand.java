package org.policyledger.cli;

import java.sql.SQLException;
import java.util.concurrent.Callable;

import org.policyledger.store.FileCompaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "compact", mixinStandardHelpOptions = true,
		description = "Rewrites the H2 database file to its live pages, however much of it is live: a service's"
				+ " file keeps the pages its commits superseded while it runs. Needs free disk space for the live"
				+ " pages; the old file stays whole until the new one replaces it. Not for PostgreSQL, whose"
				+ " vacuum reuses the space.")
class CompactCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Override
	public Integer call() throws SQLException {
		// opened as every command opens it (migrations, recovery after a killed process),
		// then closed
		cli.ledger(FileCompaction.class, false);
		System.out.println(cli.closeLedger().compact().describe());
		return 0;
	}

}

package org.policyledger.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.policyledger.integrity.LedgerBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "backup", mixinStandardHelpOptions = true,
		description = "Writes every stored event as it is (checked against the hash chain) and the signed digest of"
				+ " them all, for 'restore' to load into an empty ledger with its recording times unchanged.")
class BackupCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Parameters(paramLabel = "FILE",
			description = "Where to write; a .gz ending compresses. '-' writes to standard output.")
	String file;

	@Override
	public Integer call() throws IOException {
		LedgerBackup backup = cli.ledger(LedgerBackup.class, false);
		LedgerBackup.Outcome[] outcome = new LedgerBackup.Outcome[1];
		CommandFiles.write(file, out -> outcome[0] = backup.backup(out));
		System.err.printf("backed up %,d events; digest root %s, signed by key %s%n", outcome[0].events(),
				outcome[0].digest().rootHash(), outcome[0].digest().keyId());
		return 0;
	}

}

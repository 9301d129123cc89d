package org.policyledger.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.concurrent.Callable;

import org.policyledger.integrity.LedgerBackup;
import org.policyledger.integrity.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "restore", mixinStandardHelpOptions = true,
		description = "Loads a file written by 'backup' into an empty ledger, events, hashes and recording times"
				+ " unchanged, after checking every event against the file's chain and signed digest; a file that"
				+ " does not check out loads nothing.")
class RestoreCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Parameters(paramLabel = "FILE", description = "A backup; a .gz ending is uncompressed.")
	Path file;

	@Option(names = "--public-key", paramLabel = "KEY",
			description = "The Ed25519 public key the digest must be signed with: the base64 'publicKey' that"
					+ " GET /api/integrity/public-key serves, in a file. Default: this ledger's own signing key.")
	Path publicKey;

	@Override
	public Integer call() throws IOException, GeneralSecurityException {
		PublicKey trusted = publicKey == null ? null : SigningKey.read(Files.readString(publicKey));
		LedgerBackup backup = cli.ledger(LedgerBackup.class, false);
		LedgerBackup.Outcome outcome;
		try (InputStream in = CommandFiles.read(file)) {
			outcome = backup.restore(in, trusted);
		}
		System.out.printf("restored %,d events; digest root %s checked, signed by key %s%n", outcome.events(),
				outcome.digest().rootHash(), outcome.digest().keyId());
		return 0;
	}

}

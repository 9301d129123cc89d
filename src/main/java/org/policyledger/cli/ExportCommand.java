package org.policyledger.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.policyledger.interchange.Exporter;
import org.policyledger.interchange.FileFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Exports the whole ledger from its event store: JSON or NDJSON (the ledger's own format, which"
				+ " imports back into the same ledger), CSV (facts only) or JSON-LD (schema.org and PROV-O).")
class ExportCommand implements Callable<Integer> {

	@ParentCommand
	LedgerCli cli;

	@Parameters(paramLabel = "FILE",
			description = "Where to write; a .gz ending compresses. '-' writes to standard" + " output.")
	String file;

	@Option(names = "--format", description = "JSON, NDJSON, CSV or JSONLD; by default from the file's extension.")
	FileFormat format;

	@Option(names = { "-q", "--quiet" }, description = "No progress display.")
	boolean quiet;

	@Override
	public Integer call() throws IOException {
		boolean stdout = "-".equals(file);
		FileFormat chosen = format != null ? format : stdout ? FileFormat.NDJSON : FileFormat.of(Path.of(file));
		Exporter exporter = cli.ledger(Exporter.class, false);
		ConsoleProgress progress = ConsoleProgress.onConsole("exported", quiet);
		if (stdout) {
			OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
			exporter.export(chosen, out, progress);
			out.flush();
			return 0;
		}
		// Written beside the target and moved into place, so a failed export leaves no
		// half file.
		Path target = Path.of(file).toAbsolutePath();
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		try {
			try (OutputStream out = open(partial, target)) {
				exporter.export(chosen, out, progress);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
		return 0;
	}

	private static OutputStream open(Path partial, Path target) throws IOException {
		OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
		return target.toString().endsWith(".gz") ? new GZIPOutputStream(out, 1 << 16) : out;
	}

}

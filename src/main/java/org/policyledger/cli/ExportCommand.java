package org.policyledger.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

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
		FileFormat chosen = format != null ? format
				: "-".equals(file) ? FileFormat.NDJSON : FileFormat.of(Path.of(file));
		Exporter exporter = cli.ledger(Exporter.class, false);
		ConsoleProgress progress = ConsoleProgress.onConsole("exported", quiet);
		CommandFiles.write(file, out -> exporter.export(chosen, out, progress));
		return 0;
	}

}

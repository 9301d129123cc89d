package org.policyledger.cli;

import java.io.IOException;
import java.net.URI;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import org.policyledger.api.Recorder;
import org.policyledger.interchange.FileFormat;
import org.policyledger.interchange.ImportOptions;
import org.policyledger.interchange.ImportReport;
import org.policyledger.interchange.Importer;
import org.policyledger.interchange.unvotes.UnVotesReader;
import org.policyledger.ledger.Rejection;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", mixinStandardHelpOptions = true,
		description = {
				"Imports a file in batches, each one transaction. Entries already recorded (same fact id,"
						+ " same content) are passed over, so an interrupted import is resumed by running it again.",
				"By default a file with a bad entry is refused and nothing is written; --skip-bad imports the rest"
						+ " and reports the bad entries." })
class ImportCommand implements Callable<Integer> {

	/** At most this many refused entries are printed; --report lists them all. */
	private static final int PRINTED = 20;

	@ParentCommand
	LedgerCli cli;

	@ArgGroup(multiplicity = "1")
	Input input;

	static class Input {

		@Parameters(paramLabel = "FILE", description = "A .json, .ndjson or .csv file (optionally .gz).")
		Path file;

		@Option(names = "--un-votes", paramLabel = "DIR", description = "The UN General Assembly votes directory ("
				+ UnVotesReader.VOTES + ", " + UnVotesReader.ROLL_CALLS + ", " + UnVotesReader.ISSUES + ").")
		Path unVotes;

	}

	@Option(names = "--format", description = "JSON, NDJSON or CSV; by default from the file's extension.")
	FileFormat format;

	@Option(names = "--skip-bad", description = "Import the good entries and report the bad ones.")
	boolean skipBad;

	@Option(names = "--batch-size", description = "Entries per transaction (default: ledger.import.batch-size,"
			+ " 1,000 on H2 and 5,000 on PostgreSQL).")
	Integer batchSize;

	@Option(names = "--report", paramLabel = "CSV",
			description = "Write every refused entry (file, line, field," + " reason) to this CSV file.")
	Path report;

	@Option(names = { "-q", "--quiet" }, description = "No progress display.")
	boolean quiet;

	@Option(names = "--server", paramLabel = "URL",
			description = "Send the file to the service running at this address (e.g. http://localhost:8080)"
					+ " instead of opening its database, which the service holds.")
	URI server;

	@Option(names = "--token", paramLabel = "TOKEN",
			description = "An editor token for --server (default: the POLICY_LEDGER_TOKEN environment variable).")
	String token;

	@Override
	public Integer call() throws IOException, InterruptedException {
		ConsoleProgress progress = ConsoleProgress.onConsole("imported", quiet);
		ImportReport result = server != null ? sent(progress) : imported(progress);
		print(result);
		if (report != null) {
			writeReport(result);
		}
		if (result.stopped()) {
			return LedgerCli.FAILED;
		}
		return result.rejectedCount() > 0 ? LedgerCli.PARTLY : 0;
	}

	/**
	 * Imports where the database is; a missing input is refused before the ledger starts.
	 */
	private ImportReport imported(ConsoleProgress progress) throws IOException {
		if (input.unVotes != null) {
			UnVotesReader.requireFiles(input.unVotes);
		}
		else if (!Files.isRegularFile(input.file)) {
			throw new NoSuchFileException(input.file.toString());
		}
		Recorder recorder = Recorder.commandLine(System.getProperty("user.name"));
		ImportOptions given = batchSize == null ? null : new ImportOptions(batchSize, skipBad, recorder);
		Importer importer = cli.bulkLedger(Importer.class);
		ImportOptions options = given != null ? given : importer.options(skipBad, recorder);
		return input.unVotes != null ? importer.run(UnVotesReader.input(input.unVotes), options, progress)
				: importer.importFile(input.file, fileFormat(), options, progress);
	}

	private ImportReport sent(ConsoleProgress progress) throws IOException, InterruptedException {
		if (input.unVotes != null) {
			throw new IllegalArgumentException("--server sends a file; import --un-votes where the database is");
		}
		String editor = token != null ? token : System.getenv("POLICY_LEDGER_TOKEN");
		return new RemoteImport(server, editor).run(input.file, fileFormat(), skipBad, progress);
	}

	private FileFormat fileFormat() {
		return format != null ? format : FileFormat.of(input.file);
	}

	private void print(ImportReport result) {
		result.kept().forEach(kept -> System.err.println("note: " + kept));
		result.rejected().stream().limit(PRINTED).forEach(rejection -> System.err.println("refused: " + rejection));
		if (result.rejectedCount() > PRINTED) {
			System.err.printf("... and %,d more refused entries%s%n", result.rejectedCount() - PRINTED,
					report == null ? " (list them all with --report FILE)" : "");
		}
		System.out.printf("%,d recorded, %,d already recorded, %,d refused, in %,d batches, %.1f s (%,.0f entries/s)%n",
				result.recorded(), result.alreadyRecorded(), result.rejectedCount(), result.batches(),
				result.elapsed().toMillis() / 1000.0, result.entriesPerSecond());
		if (result.stopped()) {
			System.err.println(result.batches() == 0 ? "refused: the file has bad entries; nothing was written"
					: "stopped at a refused entry: " + result.batches() + " earlier batches stay written;"
							+ " fix the file and run the import again to resume");
		}
	}

	private void writeReport(ImportReport result) throws IOException {
		CsvMapper csv = new CsvMapper();
		try (OutputStream out = Files.newOutputStream(report);
				SequenceWriter rows = csv.writer(csv.schemaFor(Rejection.class).withHeader()).writeValues(out)) {
			rows.writeAll(result.rejected());
		}
	}

}

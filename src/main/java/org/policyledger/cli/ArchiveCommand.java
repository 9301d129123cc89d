package org.policyledger.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.policyledger.api.ArchiveReceipt;
import org.policyledger.api.Recorder;
import org.policyledger.api.SourceId;
import org.policyledger.interchange.Documents;
import org.policyledger.ledger.Ledger;
import org.policyledger.read.TimeParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

@Command(name = "archive", mixinStandardHelpOptions = true,
		description = "Archive a source's document (text, HTML or PDF) as the text of its next version; its"
				+ " citations are checked against it. The same text as the latest version records nothing.")
class ArchiveCommand implements Callable<Integer> {

	/** Media types by file name extension. */
	private static final Map<String, String> BY_EXTENSION = Map.of("txt", "text/plain", "text", "text/plain", "html",
			"text/html", "htm", "text/html", "xhtml", "application/xhtml+xml", "pdf", "application/pdf");

	@ParentCommand
	LedgerCli cli;

	@Parameters(index = "0", paramLabel = "SOURCE", description = "A registered source's id.")
	String source;

	@Parameters(index = "1", paramLabel = "FILE", description = "The document.")
	Path file;

	@Option(names = "--media-type", paramLabel = "TYPE",
			description = "text/plain, text/html, application/xhtml+xml or application/pdf, with a charset for"
					+ " text (text/plain; charset=windows-1252). Default: from the file's extension, UTF-8.")
	String mediaType;

	@Option(names = "--url", paramLabel = "URL", description = "Where the document was retrieved from.")
	String url;

	@Option(names = "--retrieved-at", paramLabel = "INSTANT",
			description = "When it was retrieved: an ISO instant or a day.")
	String retrievedAt;

	@Override
	public Integer call() throws Exception {
		String type = mediaType != null ? mediaType : byExtension();
		Ledger ledger = cli.ledger(Ledger.class, false);
		long maxBytes = cli.ledger(Environment.class, false)
			.getRequiredProperty("ledger.web.max-archive-size", DataSize.class)
			.toBytes();
		byte[] content;
		try (InputStream in = Files.newInputStream(file)) {
			content = Documents.read(in, Files.size(file), maxBytes);
		}
		ArchiveReceipt receipt = ledger.archive(
				Documents.archive(SourceId.of(source), content, type, url,
						cli.ledger(TimeParameters.class, false).instant("--retrieved-at", retrievedAt, null)),
				Recorder.commandLine(System.getProperty("user.name")));
		System.out.printf(receipt.alreadyArchived() ? "%s: already archived as version %d (sha256 %s)%n"
				: "%s: archived as version %d (sha256 %s)%n", source, receipt.version(), receipt.sha256());
		return 0;
	}

	private String byExtension() {
		String name = file.getFileName().toString();
		String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		String type = BY_EXTENSION.get(extension);
		if (type == null) {
			throw new IllegalArgumentException(
					"cannot tell the media type of " + name + " from its name; give it with --media-type");
		}
		return type;
	}

}

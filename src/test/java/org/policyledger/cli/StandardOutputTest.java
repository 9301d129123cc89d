package org.policyledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyledger.LedgerProcess;
import org.policyledger.TestLedger;

/**
 * What a command writes to standard output is its result and nothing else, so that it can
 * be piped: run in a JVM of its own, as a user runs it, because libraries print their
 * warnings once per JVM.
 */
class StandardOutputTest {

	@TempDir
	Path work;

	private final String dataDir = TestLedger.freshDataDir().toString();

	@Test
	void exportToStandardOutputWritesNothingButTheExport() throws Exception {
		Path seed = Path.of("src/main/resources/seed/ledger-seed.json");
		LedgerProcess.succeeds(work.resolve("import.log"), "import", "-q", "--data-dir", dataDir, seed.toString());

		Path out = work.resolve("export.ndjson");
		Process export = LedgerProcess.command("export", "-q", "--format", "NDJSON", "--data-dir", dataDir, "-")
			.redirectOutput(out.toFile())
			.redirectError(work.resolve("export.err").toFile())
			.start();
		assertThat(export.waitFor()).isZero();

		ObjectMapper json = new ObjectMapper();
		List<String> lines = Files.readAllLines(out);
		assertThat(lines).hasSizeGreaterThan(36);
		assertThat(json.readTree(lines.get(0)).path("format").asText()).isEqualTo("policy-ledger/1");
		for (String line : lines) {
			assertThat(json.readTree(line).isObject()).as(line).isTrue();
		}
	}

}

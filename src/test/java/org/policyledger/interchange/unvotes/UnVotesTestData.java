package org.policyledger.interchange.unvotes;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Copies the real UN votes files, keeping every tenth roll call and those Zanzibar voted
 * on, rows untouched: the dataset's traps at a size a test can import.
 */
public final class UnVotesTestData {

	static final Path DATASET = Path.of("..", "shared", "data", "unvotes");

	/** A control character other than tab, line feed and carriage return. */
	static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

	private UnVotesTestData() {
	}

	public static Path subset(Path directory) throws IOException {
		Set<String> rollCalls = new HashSet<>();
		try (BufferedReader votes = open(UnVotesReader.VOTES)) {
			votes.lines().skip(1).forEach(line -> {
				String rcid = rcid(line);
				if (Integer.parseInt(rcid) % 10 == 0 || line.contains("\"Zanzibar\"")) {
					rollCalls.add(rcid);
				}
			});
		}
		Predicate<String> kept = line -> rollCalls.contains(rcid(line));
		copy(UnVotesReader.VOTES, directory, kept);
		copy(UnVotesReader.ROLL_CALLS, directory, kept);
		copy(UnVotesReader.ISSUES, directory, kept);
		return directory;
	}

	/**
	 * Copies the roll calls whose description holds a control character (eight in the
	 * dataset, the first rcid 5917), with their votes and issues, rows untouched.
	 */
	public static Set<String> withControlCharacters(Path directory) throws IOException {
		Set<String> rollCalls = new HashSet<>();
		try (BufferedReader calls = open(UnVotesReader.ROLL_CALLS)) {
			calls.lines().skip(1).filter(CONTROL.asPredicate()).forEach(line -> rollCalls.add(rcid(line)));
		}
		Predicate<String> kept = line -> rollCalls.contains(rcid(line));
		copy(UnVotesReader.VOTES, directory, kept);
		copy(UnVotesReader.ROLL_CALLS, directory, kept);
		copy(UnVotesReader.ISSUES, directory, kept);
		return rollCalls;
	}

	private static String rcid(String line) {
		return line.substring(0, line.indexOf(','));
	}

	private static BufferedReader open(String name) throws IOException {
		InputStream in = Files.newInputStream(DATASET.resolve(name));
		return new BufferedReader(
				new InputStreamReader(name.endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
	}

	private static void copy(String name, Path directory, Predicate<String> kept) throws IOException {
		OutputStream out = Files.newOutputStream(directory.resolve(name));
		try (BufferedReader in = open(name);
				BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(
						name.endsWith(".gz") ? new GZIPOutputStream(out) : out, StandardCharsets.UTF_8))) {
			writer.write(in.readLine());
			writer.write('\n');
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (kept.test(line)) {
					writer.write(line);
					writer.write('\n');
				}
			}
		}
	}

}

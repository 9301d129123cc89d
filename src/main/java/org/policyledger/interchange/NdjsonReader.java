package org.policyledger.interchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.DoubleSupplier;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.policyledger.ledger.BatchEntry;
import org.policyledger.ledger.Rejection;

/**
 * Reads the NDJSON form of a ledger file: a header line {@code {"format":
 * "policy-ledger/1"}}, then one entry per line, each an object with one key naming its
 * kind ({@code actor}, {@code topic}, {@code source}, {@code instrument}, {@code fact}).
 */
final class NdjsonReader implements EntryReader {

	private final String file;

	private final DoubleSupplier fraction;

	private final BufferedReader lines;

	private final ObjectMapper objectMapper;

	private final EntryParser parser;

	private long lineNumber;

	NdjsonReader(String file, InputStream in, DoubleSupplier fraction, ObjectMapper objectMapper) throws IOException {
		this.file = file;
		this.fraction = fraction;
		this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
		this.objectMapper = objectMapper;
		this.parser = new EntryParser(objectMapper);
		JsonNode header = nextObject();
		LedgerFiles.requireFormat(header == null ? null : header.get("format"), file, lineNumber);
	}

	@Override
	public BatchEntry next() throws IOException {
		JsonNode node = nextObject();
		if (node == null) {
			return null;
		}
		Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
		if (node.size() != 1) {
			throw new UnreadableEntryException(new Rejection(file, lineNumber, null,
					"an entry line holds exactly one of actor, topic, source, archive, instrument or fact"));
		}
		Map.Entry<String, JsonNode> field = fields.next();
		Section section = Section.singular(field.getKey())
			.orElseThrow(() -> new UnreadableEntryException(new Rejection(file, lineNumber, field.getKey(),
					"unknown entry kind; expected actor, topic, source, archive, instrument or fact")));
		return parser.parse(section, field.getValue(), file, lineNumber);
	}

	/** The next non-blank line as a JSON object; a line of broken JSON is refused. */
	private JsonNode nextObject() throws IOException {
		String line;
		do {
			line = lines.readLine();
			lineNumber++;
			if (line == null) {
				return null;
			}
		}
		while (line.isBlank());
		try {
			JsonNode node = objectMapper.readTree(line);
			if (!node.isObject()) {
				throw new UnreadableEntryException(
						new Rejection(file, lineNumber, null, "a line must be a JSON object"));
			}
			return node;
		}
		catch (JsonProcessingException ex) {
			throw new UnreadableEntryException(
					new Rejection(file, lineNumber, null, "not JSON: " + ex.getOriginalMessage()));
		}
	}

	@Override
	public double fractionRead() {
		return fraction.getAsDouble();
	}

	@Override
	public void close() throws IOException {
		lines.close();
	}

}

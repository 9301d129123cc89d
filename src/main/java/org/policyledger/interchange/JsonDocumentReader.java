package org.policyledger.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.DoubleSupplier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.policyledger.ledger.BatchEntry;

/**
 * Reads the JSON form of a ledger file, one entry at a time, with each entry's line:
 * {@code {"format": "policy-ledger/1", "description": "...", "actors": [...], "topics":
 * [...], "sources": [...], "instruments": [...], "facts": [...]}}. The format comes
 * first.
 */
final class JsonDocumentReader implements EntryReader {

	private final String file;

	private final DoubleSupplier fraction;

	private final JsonParser json;

	private final EntryParser parser;

	private final ObjectReader trees;

	private Section section;

	JsonDocumentReader(String file, InputStream in, DoubleSupplier fraction, ObjectMapper objectMapper)
			throws IOException {
		this.file = file;
		this.fraction = fraction;
		this.parser = new EntryParser(objectMapper);
		// Entries are read one by one from a document that goes on after each.
		this.trees = objectMapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		this.json = trees.createParser(in);
		expect(json.nextToken() == JsonToken.START_OBJECT, "a JSON object");
		expect(json.nextToken() == JsonToken.FIELD_NAME && "format".equals(json.currentName()),
				"\"format\" as the first field");
		json.nextToken();
		LedgerFiles.requireFormat(trees.readTree(json), file, json.currentLocation().getLineNr());
	}

	@Override
	public BatchEntry next() throws IOException {
		try {
			while (true) {
				JsonToken token = json.nextToken();
				if (section == null) {
					if (token == JsonToken.END_OBJECT || token == null) {
						return null;
					}
					String name = json.currentName();
					json.nextToken();
					if ("description".equals(name)) {
						json.skipChildren();
						continue;
					}
					section = Section.plural(name).orElse(null);
					expect(section != null,
							"description, actors, topics, sources, archives, instruments or facts, not \"" + name
									+ "\"");
					expect(json.currentToken() == JsonToken.START_ARRAY, "an array of " + name);
				}
				else if (token == JsonToken.END_ARRAY) {
					section = null;
				}
				else {
					long line = json.currentTokenLocation().getLineNr();
					JsonNode node = trees.readTree(json);
					return parser.parse(section, node, file, line);
				}
			}
		}
		catch (JsonProcessingException ex) {
			throw new MalformedFileException(
					file + ":" + json.currentLocation().getLineNr() + ": not valid JSON: " + ex.getOriginalMessage(),
					ex);
		}
	}

	private void expect(boolean condition, String what) {
		if (!condition) {
			throw new MalformedFileException(file + ":" + json.currentLocation().getLineNr() + ": expected " + what,
					null);
		}
	}

	@Override
	public double fractionRead() {
		return fraction.getAsDouble();
	}

	@Override
	public void close() throws IOException {
		json.close();
	}

}

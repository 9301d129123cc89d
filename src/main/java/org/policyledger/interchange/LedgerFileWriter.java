package org.policyledger.interchange;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.policyledger.api.ArchiveSource;
import org.policyledger.api.FactEvent;
import org.policyledger.api.SourceArchived;
import org.policyledger.api.Registration;

/**
 * Writes the ledger's own format: JSON (one document, a section per kind, pretty-printed)
 * or NDJSON (a header line, then one entry per line). Both read back with the ledger's
 * readers into the same entries.
 */
final class LedgerFileWriter implements EntryWriter {

	static final String DESCRIPTION = "Exported from a policy ledger";

	private final boolean lines;

	private final ObjectMapper objectMapper;

	private final FactEntries facts;

	private final JsonGenerator json;

	private final OutputStream out;

	private Section section;

	LedgerFileWriter(OutputStream out, boolean lines, ObjectMapper objectMapper) throws IOException {
		this.out = out;
		this.lines = lines;
		this.objectMapper = objectMapper;
		this.facts = new FactEntries(objectMapper);
		this.json = objectMapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
		json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		if (lines) {
			json.setRootValueSeparator(null);
		}
		else {
			json.useDefaultPrettyPrinter();
		}
		json.writeStartObject();
		json.writeStringField("format", LedgerFiles.FORMAT);
		json.writeStringField("description", DESCRIPTION);
		if (lines) {
			json.writeEndObject();
			newLine();
		}
	}

	@Override
	public void section(Section next) throws IOException {
		if (!lines) {
			if (section != null) {
				json.writeEndArray();
			}
			json.writeArrayFieldStart(next.plural);
		}
		section = next;
	}

	@Override
	public void registration(Registration registration) throws IOException {
		entry(registration);
	}

	@Override
	public void archive(SourceArchived archived) throws IOException {
		entry(new ArchiveSource(archived.sourceId(), archived.mediaType(), archived.url(), archived.retrievedAt(),
				archived.text()));
	}

	@Override
	public void fact(FactEvent fact, String originallyRecordedAt) throws IOException {
		entry(facts.write(fact, originallyRecordedAt));
	}

	private void entry(Object value) throws IOException {
		if (lines) {
			json.writeStartObject();
			json.writeFieldName(section.singular);
			objectMapper.writeValue(json, value);
			json.writeEndObject();
			newLine();
		}
		else {
			objectMapper.writeValue(json, value);
		}
	}

	private void newLine() throws IOException {
		json.flush();
		out.write('\n');
	}

	@Override
	public void close() throws IOException {
		if (!lines) {
			json.writeEndArray();
			json.writeEndObject();
			json.flush();
			out.write('\n');
		}
		json.close();
	}

}

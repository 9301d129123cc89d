package org.policyledger.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.policyledger.api.FactEvent;
import org.policyledger.api.SourceArchived;
import org.policyledger.api.Registration;

/**
 * Writes facts as CSV, one row each, under the columns their fields need (see
 * {@link FlatFacts}). Registrations and archived texts are not part of it.
 */
final class CsvFactWriter implements EntryWriter {

	private final FactEntries facts;

	private final SequenceWriter rows;

	CsvFactWriter(OutputStream out, Collection<String> columns, FactEntries facts) throws IOException {
		this.facts = facts;
		CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
		columns.stream().sorted(FlatFacts.COLUMN_ORDER).forEach(schema::addColumn);
		CsvMapper csv = new CsvMapper();
		csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		this.rows = csv.writerFor(Map.class).with(schema.build()).writeValues(out);
	}

	/** The columns a fact needs. */
	static Collection<String> columns(FactEvent fact, String originallyRecordedAt, FactEntries facts) {
		return FlatFacts.flatten(facts.write(fact, originallyRecordedAt)).keySet();
	}

	@Override
	public void section(Section section) {
	}

	@Override
	public void registration(Registration registration) {
	}

	@Override
	public void archive(SourceArchived archived) {
	}

	@Override
	public void fact(FactEvent fact, String originallyRecordedAt) throws IOException {
		rows.write(FlatFacts.flatten(facts.write(fact, originallyRecordedAt)));
	}

	@Override
	public void close() throws IOException {
		rows.close();
	}

}

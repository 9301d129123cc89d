package org.policyledger.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.DoubleSupplier;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.policyledger.ledger.BatchEntry;

/**
 * Reads facts from CSV, one per row, with a header of dotted column names (see
 * {@link FlatFacts}). Only facts: what they refer to must be registered already.
 */
final class CsvFactReader implements EntryReader {

	private final String file;

	private final DoubleSupplier fraction;

	private final MappingIterator<Map<String, String>> rows;

	private final EntryParser parser;

	CsvFactReader(String file, InputStream in, DoubleSupplier fraction, ObjectMapper objectMapper) throws IOException {
		this.file = file;
		this.fraction = fraction;
		this.parser = new EntryParser(objectMapper);
		this.rows = new CsvMapper().readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader().withStrictHeaders(false))
			.readValues(in);
	}

	@Override
	public BatchEntry next() throws IOException {
		if (!hasNext()) {
			return null;
		}
		long line = rows.getCurrentLocation().getLineNr();
		Map<String, String> row;
		try {
			row = rows.nextValue();
		}
		catch (IOException | RuntimeException ex) {
			throw new MalformedFileException(file + ":" + line + ": not valid CSV: " + ex.getMessage(), ex);
		}
		return parser.parseRow(row, file, line);
	}

	private boolean hasNext() throws IOException {
		try {
			return rows.hasNextValue();
		}
		catch (IOException | RuntimeException ex) {
			throw new MalformedFileException(
					file + ":" + rows.getCurrentLocation().getLineNr() + ": not valid CSV: " + ex.getMessage(), ex);
		}
	}

	@Override
	public double fractionRead() {
		return fraction.getAsDouble();
	}

	@Override
	public void close() throws IOException {
		rows.close();
	}

}

package org.policyledger.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.policyledger.ledger.BatchEntry;

/** The file formats the ledger reads and writes, known by the file's extension. */
public enum FileFormat {

	/** One JSON document with a section per kind of entry. */
	JSON("json"),
	/** A header line, then one entry per line; streams well at any size. */
	NDJSON("ndjson"),
	/** Facts only, one per row, nested fields as dotted column names. */
	CSV("csv"),
	/** Facts with provenance in schema.org and W3C PROV-O terms; written, not read. */
	JSONLD("jsonld");

	private final String extension;

	FileFormat(String extension) {
		this.extension = extension;
	}

	/** The format named by a file's extension, ignoring a final {@code .gz}. */
	public static FileFormat of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
		for (FileFormat format : values()) {
			if (name.endsWith("." + format.extension)) {
				return format;
			}
		}
		throw new IllegalArgumentException("cannot tell the format of " + file
				+ " from its extension: expected .json, .ndjson, .csv or .jsonld (optionally .gz), or give --format");
	}

	/** Opens a file of this format for reading entries. */
	EntryReader open(Path file, ObjectMapper objectMapper) throws IOException {
		long size = Files.size(file);
		TracedInputStream traced = TracedInputStream.open(file);
		return new Traced(read(file.getFileName().toString(), traced.unpacked(file),
				() -> size > 0 ? (double) traced.count() / size : -1, objectMapper), traced);
	}

	/** A file's reader, with the digest of the file's bytes it has read. */
	private record Traced(EntryReader reader, TracedInputStream file) implements EntryReader {

		@Override
		public BatchEntry next() throws IOException {
			return reader.next();
		}

		@Override
		public double fractionRead() {
			return reader.fractionRead();
		}

		@Override
		public byte[] digestSoFar() {
			return file.digestSoFar();
		}

		@Override
		public void close() throws IOException {
			reader.close();
		}

	}

	/**
	 * Throws unless files of this format can be imported (JSON-LD is written, not read).
	 */
	void requireImportable() {
		if (this == JSONLD) {
			throw notImportable();
		}
	}

	private static IllegalArgumentException notImportable() {
		return new IllegalArgumentException("JSON-LD is an export format; import JSON, NDJSON or CSV");
	}

	/** Reads entries of this format from a stream, named {@code name} in reports. */
	EntryReader read(String name, InputStream in, DoubleSupplier fraction, ObjectMapper objectMapper)
			throws IOException {
		return switch (this) {
			case JSON -> new JsonDocumentReader(name, in, fraction, objectMapper);
			case NDJSON -> new NdjsonReader(name, in, fraction, objectMapper);
			case CSV -> new CsvFactReader(name, in, fraction, objectMapper);
			case JSONLD -> throw notImportable();
		};
	}

}

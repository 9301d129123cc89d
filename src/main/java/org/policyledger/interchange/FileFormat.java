package org.policyledger.interchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

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
		CountingInputStream counted = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file)));
		InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(counted, 1 << 16) : counted;
		return read(file.getFileName().toString(), in, () -> size > 0 ? (double) counted.count() / size : -1,
				objectMapper);
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

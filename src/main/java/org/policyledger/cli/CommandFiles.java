package org.policyledger.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Files the commands write and read: '-' is standard output, a {@code .gz} ending
 * compresses, and a file is written beside its target and moved into place, so that a
 * failed write leaves no half file.
 */
final class CommandFiles {

	/** Writes what goes to an output stream. */
	@FunctionalInterface
	interface Writing {

		void to(OutputStream out) throws IOException;

	}

	private CommandFiles() {
	}

	static void write(String file, Writing writing) throws IOException {
		if ("-".equals(file)) {
			OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
			writing.to(out);
			out.flush();
			return;
		}
		Path target = Path.of(file).toAbsolutePath();
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		try {
			try (OutputStream out = open(partial, target)) {
				writing.to(out);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** Opens a file to read, uncompressing a {@code .gz}. */
	static InputStream read(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
	}

	private static OutputStream open(Path partial, Path target) throws IOException {
		OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
		return target.toString().endsWith(".gz") ? new GZIPOutputStream(out, 1 << 16) : out;
	}

}

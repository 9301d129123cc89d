package org.policyledger.interchange;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.zip.GZIPInputStream;

import org.policyledger.integrity.Hashes;

/**
 * Counts the bytes read through it, for progress reports, and digests them, so that a
 * second reading of a file can tell whether it met the bytes of the first.
 */
public final class TracedInputStream extends FilterInputStream {

	private long count;

	private final MessageDigest digest = Hashes.sha256Digest();

	TracedInputStream(InputStream in) {
		super(in);
	}

	/** Opens a file to be read through one. */
	public static TracedInputStream open(Path file) throws IOException {
		return new TracedInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
	}

	/**
	 * What it reads, unpacked when the file's name ends in {@code .gz}. A file that is
	 * not gzip is refused, and closed.
	 */
	public InputStream unpacked(Path file) throws IOException {
		if (!file.getFileName().toString().endsWith(".gz")) {
			return this;
		}
		try {
			return new GZIPInputStream(this, 1 << 16);
		}
		catch (IOException ex) {
			close();
			throw ex;
		}
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count++;
			digest.update((byte) b);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count += n;
			digest.update(buffer, offset, n);
		}
		return n;
	}

	/** Reads what it skips, so that the digest covers it. */
	@Override
	public long skip(long n) throws IOException {
		return n <= 0 ? 0 : readNBytes((int) Math.min(n, 1 << 16)).length;
	}

	/** No marks: bytes read again would be digested twice. */
	@Override
	public boolean markSupported() {
		return false;
	}

	long count() {
		return count;
	}

	/** The SHA-256 of the bytes read so far. */
	public byte[] digestSoFar() {
		return Hashes.snapshot(digest);
	}

}

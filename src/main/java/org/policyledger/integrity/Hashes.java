package org.policyledger.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, and the hex form in which hashes are published. */
public final class Hashes {

	static final byte[] GENESIS = new byte[32];

	private static final HexFormat HEX = HexFormat.of();

	/**
	 * Each thread's SHA-256 for {@link #sha256}: looking one up for each hash made a
	 * twentieth of what the UN import allocates.
	 */
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Hashes::sha256Digest);

	private Hashes() {
	}

	/** The SHA-256 of the parts, one after another. */
	public static byte[] sha256(byte[]... parts) {
		MessageDigest digest = SHA256.get();
		digest.reset();
		for (byte[] part : parts) {
			digest.update(part);
		}
		return digest.digest();
	}

	/** The chain's next link: SHA-256(previous link || event hash). */
	static byte[] link(byte[] previous, byte[] eventHash) {
		return sha256(previous, eventHash);
	}

	/** The SHA-256 of the bytes fed to {@code digest} so far, which can be fed more. */
	public static byte[] snapshot(MessageDigest digest) {
		try {
			return ((MessageDigest) digest.clone()).digest();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("the runtime's SHA-256 cannot be copied", ex);
		}
	}

	public static String hex(byte[] hash) {
		return HEX.formatHex(hash);
	}

	static byte[] bytes(String hex) {
		return HEX.parseHex(hex);
	}

	/** A SHA-256 to feed bytes to as they come. */
	public static MessageDigest sha256Digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}

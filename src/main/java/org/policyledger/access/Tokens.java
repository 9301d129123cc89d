package org.policyledger.access;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.policyledger.integrity.Hashes;

/** API tokens: made from 32 random bytes, configured and checked by their SHA-256. */
public final class Tokens {

	private static final HexFormat HEX = HexFormat.of();

	private static final SecureRandom RANDOM = new SecureRandom();

	private Tokens() {
	}

	/** A new token: 64 random hex digits. */
	public static String newToken() {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return HEX.formatHex(random);
	}

	/** The SHA-256 of the token's UTF-8 bytes. */
	public static byte[] sha256(String token) {
		return Hashes.sha256(token.getBytes(StandardCharsets.UTF_8));
	}

	/** The SHA-256 as it is configured: lower-case hex. */
	public static String sha256Hex(String token) {
		return HEX.formatHex(sha256(token));
	}

}

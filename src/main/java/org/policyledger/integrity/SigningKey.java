package org.policyledger.integrity;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The public half of the key that signs digests: its algorithm, id (as digests name it)
 * and X.509 SubjectPublicKeyInfo encoding in base64 (a PEM file's body).
 */
public record SigningKey(String algorithm, String keyId, String publicKey) {

	/**
	 * The Ed25519 public key written as {@code publicKey} is, in base64, with or without
	 * PEM's BEGIN and END lines.
	 */
	public static PublicKey read(String text) throws GeneralSecurityException {
		return decode(Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").strip()));
	}

	/** The Ed25519 public key in its X.509 encoding. */
	static PublicKey decode(byte[] x509) throws GeneralSecurityException {
		return KeyFactory.getInstance(DigestSigner.ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
	}

}

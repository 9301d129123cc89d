package org.policyledger.integrity;

/**
 * The public half of the key that signs digests: its algorithm, id (as digests name it)
 * and X.509 SubjectPublicKeyInfo encoding in base64 (a PEM file's body).
 */
public record SigningKey(String algorithm, String keyId, String publicKey) {
}

package org.policyledger.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * What one publishes to make the ledger's history unchangeable after the fact: after
 * {@code size} stored events, the Merkle root of their hashes and the chain's last link,
 * as issued at {@code issuedAt}, signed (Ed25519, over {@link #signedText()}) by the key
 * {@code keyId}.
 */
public record Digest(String ledger, long size, String rootHash, String chainHash, Instant issuedAt, String keyId,
		String signature) {

	static final String LEDGER = "policy-ledger";

	static Digest unsigned(long size, String rootHash, String chainHash, Instant issuedAt) {
		return new Digest(LEDGER, size, rootHash, chainHash, issuedAt, null, null);
	}

	Digest signed(String keyId, String signature) {
		return new Digest(ledger, size, rootHash, chainHash, issuedAt, keyId, signature);
	}

	/**
	 * The bytes signed, as UTF-8: one {@code name=value} line per field, in this order.
	 */
	public String signedText() {
		return "ledger=" + ledger + "\nsize=" + size + "\nrootHash=" + rootHash + "\nchainHash=" + chainHash
				+ "\nissuedAt=" + issuedAt + "\n";
	}

	/** True when the signature is this digest's, made by the private half of the key. */
	public boolean isSignedBy(PublicKey key) {
		if (signature == null) {
			return false;
		}
		try {
			Signature verifier = Signature.getInstance(DigestSigner.ALGORITHM);
			verifier.initVerify(key);
			verifier.update(signedText().getBytes(StandardCharsets.UTF_8));
			return verifier.verify(Base64.getDecoder().decode(signature));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

}

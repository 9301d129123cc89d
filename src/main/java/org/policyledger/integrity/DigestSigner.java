package org.policyledger.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs digests with an Ed25519 key kept in files outside the database
 * ({@code ledger.integrity.signing-key}: the private key in PKCS#8, beside it the public
 * key in X.509 with the suffix {@code .pub}), made on first use when missing. Someone who
 * can rewrite the database cannot sign a digest of the rewritten history with it; keep
 * the key file where they cannot read it either.
 */
@Component
public class DigestSigner {

	static final String ALGORITHM = "Ed25519";

	private static final Logger log = LoggerFactory.getLogger(DigestSigner.class);

	private final Path keyFile;

	private volatile KeyPair keys;

	DigestSigner(@Value("${ledger.integrity.signing-key}") Path keyFile) {
		this.keyFile = keyFile.toAbsolutePath();
	}

	/** The public key, as {@code GET /api/integrity/public-key} publishes it. */
	public SigningKey publicKey() {
		PublicKey key = keys().getPublic();
		return new SigningKey(ALGORITHM, keyId(key), Base64.getEncoder().encodeToString(key.getEncoded()));
	}

	PublicKey publicKeyValue() {
		return keys().getPublic();
	}

	/** The digest with its signature and the id of the key that made it. */
	Digest sign(Digest unsigned) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(keys().getPrivate());
			signature.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
			return unsigned.signed(keyId(keys().getPublic()), Base64.getEncoder().encodeToString(signature.sign()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("could not sign the digest", ex);
		}
	}

	/** The first 16 bytes of the SHA-256 of the encoded public key, in hex. */
	static String keyId(PublicKey key) {
		return Hashes.hex(Hashes.sha256(key.getEncoded())).substring(0, 32);
	}

	private KeyPair keys() {
		KeyPair loaded = keys;
		if (loaded == null) {
			synchronized (this) {
				if (keys == null) {
					keys = Files.exists(keyFile) ? read() : create();
				}
				loaded = keys;
			}
		}
		return loaded;
	}

	private Path publicKeyFile() {
		return keyFile.resolveSibling(keyFile.getFileName() + ".pub");
	}

	private KeyPair read() {
		try {
			return new KeyPair(SigningKey.decode(Files.readAllBytes(publicKeyFile())), KeyFactory.getInstance(ALGORITHM)
				.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keyFile))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the digest signing key " + keyFile, ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"the digest signing key " + keyFile + " (and its .pub) is not an Ed25519 key pair", ex);
		}
	}

	private KeyPair create() {
		try {
			KeyPair created = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
			Files.createDirectories(keyFile.getParent());
			Files.write(publicKeyFile(), created.getPublic().getEncoded());
			Files.createFile(keyFile,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.write(keyFile, created.getPrivate().getEncoded());
			log.info("Made a digest signing key {} (key id {}); keep it out of reach of whoever can write the database",
					keyFile, keyId(created.getPublic()));
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the digest signing key " + keyFile, ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("this Java has no " + ALGORITHM, ex);
		}
	}

}

package org.policyledger.integrity;

import java.time.Instant;

/**
 * What one publishes to make the ledger's history unchangeable after the fact: after
 * {@code size} stored events, the Merkle root of their hashes and the chain's last link,
 * as issued at {@code issuedAt}.
 */
public record Digest(String ledger, long size, String rootHash, String chainHash, Instant issuedAt) {

	static final String LEDGER = "policy-ledger";

}

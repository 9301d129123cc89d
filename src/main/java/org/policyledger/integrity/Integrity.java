package org.policyledger.integrity;

import java.time.Clock;

import org.policyledger.api.FactId;
import org.policyledger.api.query.UnknownIdException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues digests of the ledger and proofs that a fact is in it. */
@Service
public class Integrity {

	private final LedgerChain chain;

	private final Clock clock;

	Integrity(LedgerChain chain, Clock clock) {
		this.chain = chain;
		this.clock = clock;
	}

	/** The digest of everything stored so far. */
	@Transactional(readOnly = true)
	public Digest digest() {
		return digest(chain.head().position());
	}

	/**
	 * The digest of the first {@code size} stored events, as a past digest published it.
	 */
	@Transactional(readOnly = true)
	public Digest digest(long size) {
		requireSize(size);
		return new Digest(Digest.LEDGER, size, Hashes.hex(new MerkleTree(chain.eventHashes(size)).root()),
				Hashes.hex(chain.chainHashAt(size)), clock.instant());
	}

	/**
	 * Proves that the fact is among the first {@code treeSize} stored events (all of them
	 * when null).
	 */
	@Transactional(readOnly = true)
	public InclusionProof prove(FactId factId, Long treeSize) {
		long size = treeSize == null ? chain.head().position() : treeSize;
		requireSize(size);
		LedgerChain.Entry entry = chain.entryOfFact(factId.value()).orElseThrow(() -> new UnknownIdException(factId));
		if (entry.position() > size) {
			throw new IllegalArgumentException("fact '" + factId.value() + "' was stored at position "
					+ entry.position() + ", after the " + size + " events of that digest");
		}
		MerkleTree tree = new MerkleTree(chain.eventHashes(size));
		int index = (int) (entry.position() - 1);
		return new InclusionProof(factId.value(), entry.eventIdentifier(), index, size, Hashes.hex(entry.eventHash()),
				Hashes.hex(MerkleTree.leafHash(entry.eventHash())), tree.path(index).stream().map(Hashes::hex).toList(),
				Hashes.hex(tree.root()));
	}

	private void requireSize(long size) {
		long stored = chain.head().position();
		if (size < 0 || size > stored) {
			throw new IllegalArgumentException(
					"a digest covers 0 to " + stored + " events (all stored so far), not " + size);
		}
	}

}

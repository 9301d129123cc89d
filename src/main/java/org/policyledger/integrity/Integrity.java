package org.policyledger.integrity;

import java.time.Clock;
import java.util.List;

import org.policyledger.api.FactId;
import org.policyledger.api.query.UnknownIdException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues digests of the ledger, proofs that a fact is in it, and proofs that a later
 * digest extends an earlier one; each is built from the stored events, checked against
 * the chain.
 */
@Service
public class Integrity {

	private final LedgerChain chain;

	private final Clock clock;

	private final DigestSigner signer;

	Integrity(LedgerChain chain, Clock clock, DigestSigner signer) {
		this.chain = chain;
		this.clock = clock;
		this.signer = signer;
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
		return issue(chain.verifiedEventHashes(size), chain.chainHashAt(size));
	}

	/** The signed digest of these event hashes, whose chain ends in this link. */
	Digest issue(List<byte[]> eventHashes, byte[] chainHash) {
		return signer.sign(Digest.unsigned(eventHashes.size(), Hashes.hex(new MerkleTree(eventHashes).root()),
				Hashes.hex(chainHash), clock.instant()));
	}

	/**
	 * Proves that the fact is among the first {@code treeSize} stored events (all of them
	 * when null).
	 */
	@Transactional(readOnly = true)
	public InclusionProof prove(FactId factId, Long treeSize) {
		long size = treeSize == null ? chain.head().position() : treeSize;
		requireSize(size);
		LedgerChain.Entry entry = chain.entryOfFact(factId).orElseThrow(() -> new UnknownIdException(factId));
		if (entry.position() > size) {
			throw new IllegalArgumentException("fact '" + factId.value() + "' was stored at position "
					+ entry.position() + ", after the " + size + " events of that digest");
		}
		MerkleTree tree = new MerkleTree(chain.verifiedEventHashes(size));
		int index = (int) (entry.position() - 1);
		return new InclusionProof(factId.value(), entry.eventIdentifier(), index, size, Hashes.hex(entry.eventHash()),
				Hashes.hex(MerkleTree.leafHash(entry.eventHash())), tree.path(index).stream().map(Hashes::hex).toList(),
				Hashes.hex(tree.root()));
	}

	/**
	 * Proves that the digest of the first {@code firstSize} events is a prefix of the
	 * digest of the first {@code secondSize} (all of them when null).
	 */
	@Transactional(readOnly = true)
	public ConsistencyProof proveConsistency(long firstSize, Long secondSize) {
		long second = secondSize == null ? chain.head().position() : secondSize;
		requireSize(second);
		if (firstSize < 0 || firstSize > second) {
			throw new IllegalArgumentException(
					"the earlier digest must cover 0 to " + second + " events (the later one's), not " + firstSize);
		}
		MerkleTree tree = new MerkleTree(chain.verifiedEventHashes(second));
		return new ConsistencyProof(firstSize, second, Hashes.hex(tree.root((int) firstSize)), Hashes.hex(tree.root()),
				tree.consistency((int) firstSize).stream().map(Hashes::hex).toList());
	}

	/** The stored event at a position of the chain (1 for the first). */
	@Transactional(readOnly = true)
	public PublishedEvent event(long position) {
		return chain.publishedEventAt(position)
			.orElseThrow(() -> new IllegalArgumentException("no event at position " + position
					+ ": the ledger holds positions 1 to " + chain.head().position()));
	}

	private void requireSize(long size) {
		long stored = chain.head().position();
		if (size < 0 || size > stored) {
			throw new IllegalArgumentException(
					"a digest covers 0 to " + stored + " events (all stored so far), not " + size);
		}
	}

}

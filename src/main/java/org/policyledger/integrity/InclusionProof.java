package org.policyledger.integrity;

import java.util.List;

/**
 * Proves that the event recording {@code factId} is leaf {@code leafIndex} (position - 1)
 * of the tree whose root a digest of {@code treeSize} published: hash the leaf with
 * {@code path} as RFC 9162 section 2.1.3.2 says, and compare with {@code rootHash}.
 */
public record InclusionProof(String factId, String eventIdentifier, long leafIndex, long treeSize, String eventHash,
		String leafHash, List<String> path, String rootHash) {

	/** True when the path leads from this event hash to the given root. */
	public boolean provesInclusionUnder(String root) {
		byte[] leaf = MerkleTree.leafHash(Hashes.bytes(eventHash));
		return Hashes.hex(leaf).equals(leafHash) && MerkleTree.verify(leaf, leafIndex, treeSize,
				path.stream().map(Hashes::bytes).toList(), Hashes.bytes(root));
	}

}

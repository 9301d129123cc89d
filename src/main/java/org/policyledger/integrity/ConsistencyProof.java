package org.policyledger.integrity;

import java.util.List;

/**
 * Proves that the digest of {@code firstSize} events (with {@code firstRoot}) is a prefix
 * of the digest of {@code secondSize} (with {@code secondRoot}): nothing in the earlier
 * history was changed, only events added. Check it as RFC 9162 section 2.1.4.2 says.
 */
public record ConsistencyProof(long firstSize, long secondSize, String firstRoot, String secondRoot,
		List<String> path) {

	/**
	 * True when the path shows the tree with the first root a prefix of the one with the
	 * second.
	 */
	public boolean provesConsistencyOf(String publishedFirstRoot, String publishedSecondRoot) {
		return MerkleTree.verifyConsistency(firstSize, secondSize, path.stream().map(Hashes::bytes).toList(),
				Hashes.bytes(publishedFirstRoot), Hashes.bytes(publishedSecondRoot));
	}

}

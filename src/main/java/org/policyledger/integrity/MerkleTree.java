package org.policyledger.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0, section 2.1) over the event
 * hashes in chain order: its root is the ledger's digest, an audit path proves that one
 * event is among the first {@code size} of them, and a consistency proof that an earlier
 * digest's tree is a prefix of a later one.
 */
final class MerkleTree {

	private static final byte[] LEAF = { 0 };

	private static final byte[] NODE = { 1 };

	private final byte[][] leaves;

	/** Builds the tree over the given event hashes, in order. */
	MerkleTree(List<byte[]> eventHashes) {
		this.leaves = eventHashes.stream().map(MerkleTree::leafHash).toArray(byte[][]::new);
	}

	int size() {
		return leaves.length;
	}

	byte[] root() {
		return root(leaves.length);
	}

	/** The audit path of leaf {@code index}, from the leaf up. */
	List<byte[]> path(int index) {
		if (index < 0 || index >= leaves.length) {
			throw new IndexOutOfBoundsException("leaf " + index + " of a tree of " + leaves.length);
		}
		List<byte[]> path = new ArrayList<>();
		path(index, 0, leaves.length, path);
		return path;
	}

	/**
	 * The root of the tree over the first {@code size} leaves, as a digest of that size
	 * had it.
	 */
	byte[] root(int size) {
		requirePrefix(size);
		return size == 0 ? Hashes.sha256() : hash(0, size);
	}

	/**
	 * The consistency proof (RFC 9162 section 2.1.4.1) that the tree over the first
	 * {@code size} leaves is a prefix of this tree: empty for 0 or all of them.
	 */
	List<byte[]> consistency(int size) {
		requirePrefix(size);
		List<byte[]> proof = new ArrayList<>();
		if (size > 0 && size < leaves.length) {
			subproof(size, 0, leaves.length, true, proof);
		}
		return proof;
	}

	private void requirePrefix(int size) {
		if (size < 0 || size > leaves.length) {
			throw new IndexOutOfBoundsException("the first " + size + " leaves of a tree of " + leaves.length);
		}
	}

	/** SUBPROOF(m, D[from:to], b) of RFC 9162 section 2.1.4.1. */
	private void subproof(int m, int from, int to, boolean whole, List<byte[]> proof) {
		if (m == to - from) {
			if (!whole) {
				proof.add(hash(from, to));
			}
			return;
		}
		int k = largestPowerOfTwoBelow(to - from);
		if (m <= k) {
			subproof(m, from, from + k, whole, proof);
			proof.add(hash(from + k, to));
		}
		else {
			subproof(m - k, from + k, to, false, proof);
			proof.add(hash(from, from + k));
		}
	}

	/**
	 * Checks a consistency proof as RFC 9162 section 2.1.4.2 does: true when the tree of
	 * {@code first} leaves with {@code firstRoot} is a prefix of the tree of
	 * {@code second} leaves with {@code secondRoot}.
	 */
	static boolean verifyConsistency(long first, long second, List<byte[]> proof, byte[] firstRoot, byte[] secondRoot) {
		if (first < 0 || first > second) {
			return false;
		}
		if (first == second) {
			return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
		}
		if (first == 0) {
			return proof.isEmpty() && Arrays.equals(firstRoot, Hashes.sha256());
		}
		List<byte[]> path = new ArrayList<>(proof);
		if (Long.bitCount(first) == 1) {
			path.add(0, firstRoot);
		}
		if (path.isEmpty()) {
			return false;
		}
		long fn = first - 1;
		long sn = second - 1;
		while ((fn & 1) == 1) {
			fn >>= 1;
			sn >>= 1;
		}
		byte[] fr = path.get(0);
		byte[] sr = path.get(0);
		for (byte[] c : path.subList(1, path.size())) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = Hashes.sha256(NODE, c, fr);
				sr = Hashes.sha256(NODE, c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				sr = Hashes.sha256(NODE, sr, c);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
	}

	static byte[] leafHash(byte[] eventHash) {
		return Hashes.sha256(LEAF, eventHash);
	}

	/**
	 * Checks an audit path as RFC 9162 section 2.1.3.2 does: true when the leaf with this
	 * hash is leaf {@code index} of the tree of {@code size} with this root.
	 */
	static boolean verify(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
		if (index < 0 || index >= size) {
			return false;
		}
		long fn = index;
		long sn = size - 1;
		byte[] r = leafHash;
		for (byte[] p : path) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = Hashes.sha256(NODE, p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				r = Hashes.sha256(NODE, r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && Arrays.equals(r, root);
	}

	/** The hash of leaves [from, to), which is not empty. */
	private byte[] hash(int from, int to) {
		if (to - from == 1) {
			return leaves[from];
		}
		int split = from + largestPowerOfTwoBelow(to - from);
		return Hashes.sha256(NODE, hash(from, split), hash(split, to));
	}

	private void path(int index, int from, int to, List<byte[]> path) {
		if (to - from == 1) {
			return;
		}
		int split = from + largestPowerOfTwoBelow(to - from);
		if (index < split) {
			path(index, from, split, path);
			path.add(hash(split, to));
		}
		else {
			path(index, split, to, path);
			path.add(hash(from, split));
		}
	}

	private static int largestPowerOfTwoBelow(int n) {
		return Integer.highestOneBit(n - 1);
	}

}

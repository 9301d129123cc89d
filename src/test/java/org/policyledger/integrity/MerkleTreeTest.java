package org.policyledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MerkleTreeTest {

	private static final byte[] NODE = { 1 };

	private static List<byte[]> events(int count) {
		return IntStream.range(0, count)
			.mapToObj(i -> Hashes.sha256(("event " + i).getBytes(StandardCharsets.UTF_8)))
			.toList();
	}

	@Test
	void provesEveryLeafUnderTheRootOfTreesOfOneToFortyLeaves() {
		for (int size = 1; size <= 40; size++) {
			List<byte[]> events = events(size);
			MerkleTree tree = new MerkleTree(events);
			for (int i = 0; i < size; i++) {
				assertThat(MerkleTree.verify(MerkleTree.leafHash(events.get(i)), i, size, tree.path(i), tree.root()))
					.as("leaf %d of %d", i, size)
					.isTrue();
			}
		}
	}

	@Test
	void hashesTwoLeavesAsOneNodeOverBoth() {
		List<byte[]> events = events(2);
		assertThat(new MerkleTree(events).root())
			.isEqualTo(Hashes.sha256(NODE, MerkleTree.leafHash(events.get(0)), MerkleTree.leafHash(events.get(1))));
	}

	@Test
	void splitsAtTheLargestPowerOfTwoBelowTheSize() {
		List<byte[]> events = events(3);
		byte[] left = Hashes.sha256(NODE, MerkleTree.leafHash(events.get(0)), MerkleTree.leafHash(events.get(1)));
		assertThat(new MerkleTree(events).root())
			.isEqualTo(Hashes.sha256(NODE, left, MerkleTree.leafHash(events.get(2))));
	}

	@Test
	void rootOfAnEmptyTreeIsTheHashOfNothing() {
		assertThat(new MerkleTree(List.of()).root()).isEqualTo(Hashes.sha256());
	}

	@Test
	void refusesAProofForAnotherLeafOrSizeOrRoot() {
		List<byte[]> events = events(11);
		MerkleTree tree = new MerkleTree(events);
		byte[] leaf = MerkleTree.leafHash(events.get(6));
		List<byte[]> path = tree.path(6);
		assertThat(MerkleTree.verify(leaf, 5, 11, path, tree.root())).isFalse();
		assertThat(MerkleTree.verify(leaf, 6, 7, path, tree.root())).isFalse();
		assertThat(MerkleTree.verify(leaf, 6, 11, path, new MerkleTree(events(10)).root())).isFalse();
		assertThat(MerkleTree.verify(leaf, 11, 11, path, tree.root())).isFalse();
		List<byte[]> altered = new ArrayList<>(path);
		altered.set(0, Hashes.sha256(altered.get(0)));
		assertThat(MerkleTree.verify(leaf, 6, 11, altered, tree.root())).isFalse();
	}

	@Test
	void refusesAPathForALeafOutsideTheTree() {
		MerkleTree tree = new MerkleTree(events(4));
		assertThatThrownBy(() -> tree.path(4)).isInstanceOf(IndexOutOfBoundsException.class);
	}

	@Test
	void provesEveryEarlierTreeAPrefixOfEveryLaterOneUpToFortyLeaves() {
		List<byte[]> events = events(40);
		for (int second = 1; second <= 40; second++) {
			MerkleTree tree = new MerkleTree(events.subList(0, second));
			for (int first = 0; first <= second; first++) {
				assertThat(MerkleTree.verifyConsistency(first, second, tree.consistency(first), tree.root(first),
						tree.root()))
					.as("%d of %d", first, second)
					.isTrue();
			}
		}
	}

	@Test
	void buildsTheConsistencyProofOfRfc9162sExample() {
		List<byte[]> events = events(7);
		MerkleTree tree = new MerkleTree(events);
		byte[] g = Hashes.sha256(NODE, MerkleTree.leafHash(events.get(0)), MerkleTree.leafHash(events.get(1)));
		byte[] l = new MerkleTree(events.subList(4, 7)).root();
		assertThat(tree.consistency(3)).containsExactly(MerkleTree.leafHash(events.get(2)),
				MerkleTree.leafHash(events.get(3)), g, l);
	}

	@Test
	void refusesAConsistencyProofWhenTheEarlierHistoryWasChanged() {
		List<byte[]> events = new ArrayList<>(events(13));
		MerkleTree tree = new MerkleTree(events);
		byte[] publishedRoot = tree.root(6);
		events.set(4, Hashes.sha256("rewritten".getBytes(StandardCharsets.UTF_8)));
		MerkleTree rewritten = new MerkleTree(events);
		assertThat(MerkleTree.verifyConsistency(6, 13, rewritten.consistency(6), publishedRoot, rewritten.root()))
			.isFalse();
		List<byte[]> altered = new ArrayList<>(tree.consistency(6));
		altered.set(1, Hashes.sha256(altered.get(1)));
		assertThat(MerkleTree.verifyConsistency(6, 13, altered, publishedRoot, tree.root())).isFalse();
		assertThat(MerkleTree.verifyConsistency(7, 13, tree.consistency(6), publishedRoot, tree.root())).isFalse();
		assertThat(MerkleTree.verifyConsistency(14, 13, List.of(), publishedRoot, tree.root())).isFalse();
	}

}

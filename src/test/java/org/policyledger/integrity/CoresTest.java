package org.policyledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Work on a batch's items spread over the cores, answered in the batch's order. */
class CoresTest {

	private static final List<Integer> BATCH = IntStream.range(0, 10_000).boxed().toList();

	@Test
	void answersEachItemsResultInTheItemsOrder() {
		assertThat(Cores.map(BATCH, item -> "item " + item))
			.containsExactlyElementsOf(BATCH.stream().map(item -> "item " + item).toList());
	}

	@Test
	void spreadsABatchOverTheCores() {
		assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core: nothing to spread over");
		Set<String> threads = ConcurrentHashMap.newKeySet();
		Cores.map(BATCH, item -> threads.add(Thread.currentThread().getName()));
		assertThat(threads).contains(Thread.currentThread().getName())
			.anyMatch(name -> name.startsWith("ledger-cores-"));
	}

	@Test
	void keepsASmallBatchOnTheCallingThread() {
		Set<String> threads = ConcurrentHashMap.newKeySet();
		Cores.map(BATCH.subList(0, Cores.SMALL - 1), item -> threads.add(Thread.currentThread().getName()));
		assertThat(threads).containsExactly(Thread.currentThread().getName());
	}

	@Test
	void throwsWhatTheWorkThrewOnceEveryPartHasEnded() {
		IllegalArgumentException thrown = new IllegalArgumentException("item 9999 is bad");
		AtomicInteger done = new AtomicInteger();
		assertThatThrownBy(() -> Cores.map(BATCH, item -> {
			if (item == BATCH.size() - 1) {
				throw thrown;
			}
			return done.incrementAndGet();
		})).isSameAs(thrown);
		assertThat(done).hasValue(BATCH.size() - 1);
	}

}

package org.policyledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class TimeOrderedIdentifierFactoryTest {

	private final TimeOrderedIdentifierFactory factory = new TimeOrderedIdentifierFactory();

	@Test
	void isTheFactoryAxonUses() {
		assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifierFactory.class);
	}

	@Test
	void makesVersionSevenUuidsThatStartWithTheMillisecond() {
		UUID id = factory.next(0x0123_4567_89ABL);
		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(id.toString()).startsWith("01234567-89ab-7");
	}

	@Test
	void sortsAsTextInTheOrderMadeWithinAMillisecondAndAcrossOne() {
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			made.add(factory.next(1_700_000_000_000L + i / 5000).toString());
		}
		assertThat(made).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void neverGoesBackWhenTheClockDoes() {
		String later = factory.next(1_700_000_000_500L).toString();
		String afterStepBack = factory.next(1_700_000_000_000L).toString();
		assertThat(afterStepBack).isGreaterThan(later);
	}

	@Test
	void givesDistinctIdentifiersAcrossThreads() throws InterruptedException {
		List<String> ids = Collections.synchronizedList(new ArrayList<>());
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			Thread thread = new Thread(() -> {
				for (int i = 0; i < 20_000; i++) {
					ids.add(factory.generateIdentifier());
				}
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(new HashSet<>(ids)).hasSize(80_000);
	}

}

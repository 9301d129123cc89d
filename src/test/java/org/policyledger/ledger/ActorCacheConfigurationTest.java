package org.policyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.axonframework.common.caching.Cache;
import org.ehcache.CacheManager;
import org.ehcache.Status;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ActorCacheConfigurationTest {

	private final ApplicationContextRunner ledger = new ApplicationContextRunner()
		.withUserConfiguration(ActorCacheConfiguration.class)
		.withPropertyValues("ledger.cache.actors=10");

	@Test
	void keepsActorsUpToItsSize() {
		ledger.run(context -> {
			Cache cache = context.getBean(Cache.class);
			for (int actor = 0; actor < 11; actor++) {
				cache.put("actor:" + actor, actor);
			}
			long kept = IntStream.range(0, 11).filter(actor -> cache.containsKey("actor:" + actor)).count();
			assertThat(kept).isEqualTo(10);
		});
	}

	@Test
	void closesTheActorCacheWithTheLedger() {
		AtomicReference<CacheManager> manager = new AtomicReference<>();
		ledger.run(context -> {
			manager.set(context.getBean(CacheManager.class));
			context.getBean(Cache.class).put("actor:USA", "state");
			assertThat(manager.get().getStatus()).isEqualTo(Status.AVAILABLE);
		});
		assertThat(manager.get().getStatus()).isEqualTo(Status.UNINITIALIZED);
	}

}

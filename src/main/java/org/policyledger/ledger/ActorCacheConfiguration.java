package org.policyledger.ledger;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the most recently used actors in memory between commands (Ehcache, held by
 * reference): a bulk import touches each actor once per batch, and a state with thousands
 * of votes is costly to replay. A unit of work that fails evicts the actors it touched.
 */
@Configuration(proxyBeanMethods = false)
class ActorCacheConfiguration {

	/**
	 * Closed with the context (Spring calls its {@code close}): Ehcache's statistics keep
	 * every open cache's store reachable from a static map, so the actors of a closed
	 * ledger would otherwise stay in the heap of a process that starts another one.
	 */
	@Bean
	CacheManager actorCacheManager() {
		return CacheManagerBuilder.newCacheManagerBuilder().build(true);
	}

	@Bean
	Cache actorCache(CacheManager actorCacheManager, @Value("${ledger.cache.actors}") long actors) {
		org.ehcache.Cache<Object, Object> cache = actorCacheManager.createCache("actors", CacheConfigurationBuilder
			.newCacheConfigurationBuilder(Object.class, Object.class, ResourcePoolsBuilder.heap(actors)));
		return new EhCache3Adapter((Ehcache<Object, Object>) cache);
	}

}

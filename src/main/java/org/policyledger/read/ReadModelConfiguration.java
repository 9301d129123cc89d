package org.policyledger.read;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A projection that fails must not skip the event: the failure propagates, the batch
 * rolls back with its token, and the processor retries it.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelConfiguration {

	@Bean
	ConfigurerModule readModelErrorHandling() {
		return configurer -> configurer
			.eventProcessing(processing -> processing.registerListenerInvocationErrorHandler(ReadModel.PROCESSING_GROUP,
					c -> PropagatingErrorHandler.instance()));
	}

	/**
	 * {@code /actuator/health} shows whether the read models have caught up with the
	 * event store.
	 */
	@Bean
	HealthIndicator readModelHealthIndicator(ReadModelMaintenance maintenance) {
		return () -> Health.up().withDetail("caughtUp", maintenance.isCaughtUp()).build();
	}

}

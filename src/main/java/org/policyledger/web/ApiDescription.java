package org.policyledger.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's header. Its one server is this origin, written as a relative
 * URL: springdoc otherwise builds it from each request's {@code Host} header and serves
 * that back, so a forged header would be reflected into the description.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	@Bean
	OpenAPI ledgerApi() {
		return new OpenAPI()
			.info(new Info().title("Policy ledger")
				.description("An event-sourced ledger of policy positions, every fact citing its sources"))
			.servers(List.of(new Server().url("/").description("this service")));
	}

}

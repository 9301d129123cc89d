package org.policyledger.web;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;

/** Reads are public; every write needs the editor token. Stateless, so no CSRF tokens. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties, ProblemResponses problems)
			throws Exception {
		EditorTokenAuthentication tokens = new EditorTokenAuthentication(properties);
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> problems.write(request, response,
				HttpStatus.UNAUTHORIZED,
				"writing to the ledger needs an editor token: send 'Authorization: Bearer <token>'"
						+ (ex.getMessage() == null ? "" : " (" + ex.getMessage() + ")"));
		AccessDeniedHandler denied = (request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
				"this token may not do that");
		AuthenticationFilter tokenFilter = new AuthenticationFilter(tokens::authenticate, tokens::read);
		tokenFilter.setSuccessHandler((request, response, authentication) -> {
		});
		tokenFilter.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthenticated));
		return http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(tokenFilter, AuthorizationFilter.class)
			.authorizeHttpRequests(
					requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
						.permitAll()
						.requestMatchers("/actuator/health/**", "/actuator/info")
						.permitAll()
						.requestMatchers("/actuator/**")
						.hasRole(EditorTokenAuthentication.EDITOR)
						.requestMatchers(HttpMethod.GET, "/**")
						.permitAll()
						.requestMatchers(HttpMethod.HEAD, "/**")
						.permitAll()
						.anyRequest()
						.hasRole(EditorTokenAuthentication.EDITOR))
			.exceptionHandling(
					handling -> handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
			.build();
	}

}

package org.policyledger.web;

import org.policyledger.access.Role;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;

/**
 * Bearer tokens with roles (see {@link Role}): reads are public unless
 * {@code ledger.security.public-reads} is off, writes need an editor, imports, rebuilds,
 * verification and the actuator's other endpoints an admin. Stateless, so no CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	/**
	 * The web page's files: they hold no ledger data, so they load before any token is
	 * given.
	 */
	private static final String[] PAGE = { "/", "/index.html", "/ui/**", "/webjars/**" };

	/**
	 * On every response: only this service's own files run, and nothing frames it. Inline
	 * styles and data images are for Swagger UI; the page's own meta policy is stricter.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:;"
			+ " style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self';"
			+ " frame-ancestors 'none'";

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.EDITOR.name())
			.role(Role.EDITOR.name())
			.implies(Role.READER.name())
			.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties, ProblemResponses problems)
			throws Exception {
		TokenAuthentication tokens = new TokenAuthentication(properties);
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> problems.write(request, response,
				HttpStatus.UNAUTHORIZED, "this needs a token: send 'Authorization: Bearer <token>'"
						+ (ex.getMessage() == null ? "" : " (" + ex.getMessage() + ")"));
		AccessDeniedHandler denied = (request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
				"the role of this token may not do that");
		AuthenticationFilter tokenFilter = new AuthenticationFilter(tokens::authenticate, tokens::read);
		tokenFilter.setSuccessHandler((request, response, authentication) -> {
		});
		tokenFilter.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthenticated));
		return http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.addFilterBefore(tokenFilter, AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> {
				requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers("/actuator/health/**", "/actuator/info")
					.permitAll()
					.requestMatchers(HttpMethod.GET, PAGE)
					.permitAll()
					.requestMatchers("/actuator/**", "/api/admin/**", "/h2-console/**")
					.hasRole(Role.ADMIN.name());
				if (properties.publicReads()) {
					requests.requestMatchers(HttpMethod.GET, "/**")
						.permitAll()
						.requestMatchers(HttpMethod.HEAD, "/**")
						.permitAll();
				}
				else {
					requests.requestMatchers(HttpMethod.GET, "/**")
						.hasRole(Role.READER.name())
						.requestMatchers(HttpMethod.HEAD, "/**")
						.hasRole(Role.READER.name());
				}
				requests.anyRequest().hasRole(Role.EDITOR.name());
			})
			.exceptionHandling(
					handling -> handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
			.build();
	}

}

package org.policyledger.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.policyledger.read.ReadModelMaintenance;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every read under {@code /api} says how far the read models were when it was answered:
 * {@code Ledger-Position} (the global index of the last event projected, -1 before any)
 * and {@code Ledger-Caught-Up} ({@code true} when every stored event was projected).
 */
@Configuration(proxyBeanMethods = false)
class ReadModelHeaders {

	static final String POSITION = "Ledger-Position";

	static final String CAUGHT_UP = "Ledger-Caught-Up";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> readModelPosition(ReadModelMaintenance readModel) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
							ReadModelMaintenance.Progress progress = readModel.progress();
							response.setHeader(POSITION, Long.toString(progress.position()));
							response.setHeader(CAUGHT_UP, Boolean.toString(progress.caughtUp()));
						}
						chain.doFilter(request, response);
					}
				});
		registration.addUrlPatterns("/api/*");
		return registration;
	}

}

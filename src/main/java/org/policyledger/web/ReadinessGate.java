package org.policyledger.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes wait for the ledger to be ready: while it starts (the seed is still loading,
 * say), and whenever readiness is withdrawn, a write is answered 503 with
 * {@code Retry-After}, not with a misleading 404 about an id not registered yet. Reads go
 * through, saying how far they are in their headers.
 */
@Component
@Order(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER + 1)
class ReadinessGate extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	private final ApplicationAvailability availability;

	private final ProblemResponses problems;

	ReadinessGate(ApplicationAvailability availability, ProblemResponses problems) {
		this.availability = availability;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return "GET".equals(method) || "HEAD".equals(method) || !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
					"the ledger is not ready for writes yet (starting up); try again in " + RETRY_AFTER_SECONDS + " s");
			return;
		}
		chain.doFilter(request, response);
	}

}

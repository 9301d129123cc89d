package org.policyledger.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the servlet container sends errors that no controller answered (a failure in a
 * filter, a body the container refused): a problem+json with the error's own status and
 * the address that failed. Asked for directly, {@code /error} is not a resource: 404.
 */
@RestController
class ErrorEndpoint implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		if (status == null || !status.isError()) {
			status = HttpStatus.NOT_FOUND;
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				code == null ? "no such resource: " + request.getRequestURI() : status.getReasonPhrase());
		String instance = uri instanceof String failed ? failed : request.getRequestURI();
		try {
			problem.setInstance(URI.create(instance));
		}
		catch (IllegalArgumentException ex) {
			// an address that is no URI is left out rather than failing the error answer
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}

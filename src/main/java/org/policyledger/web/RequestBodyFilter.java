package org.policyledger.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads each request body before the handlers do, once the request is authenticated and
 * allowed and the ledger ready (it runs after Spring Security and {@link ReadinessGate},
 * so an anonymous client cannot make the service wait for a body): refuses it when it is
 * over {@code ledger.web.max-request-bytes} (declared or sent), when it has not all
 * arrived within {@code ledger.web.body-timeout}, and when it is not strictly valid UTF-8
 * (JSON's encoding; the JSON parser itself lets overlong forms and encoded surrogates
 * through).
 */
@Component
@Order(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER + 2)
class RequestBodyFilter extends OncePerRequestFilter {

	private final int limit;

	private final Duration timeout;

	private final ProblemResponses problems;

	RequestBodyFilter(@Value("${ledger.web.max-request-bytes}") int limit,
			@Value("${ledger.web.body-timeout}") Duration timeout, ProblemResponses problems) {
		this.limit = limit;
		this.timeout = timeout;
		this.problems = problems;
	}

	/**
	 * An import's upload is streamed to disk by its own limit
	 * (ledger.web.max-import-size); a document to archive, in any encoding, is read by
	 * {@link ArchiveController} under ledger.web.max-archive-size.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && ("/api/imports".equals(request.getRequestURI())
				|| ArchiveController.PATH.matcher(request.getRequestURI()).matches());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getContentLengthLong() > limit ? null : read(request.getInputStream());
		if (body == null || body.length > limit) {
			problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE,
					"the request body is larger than the limit of " + limit + " bytes");
			return;
		}
		if (body == TOO_SLOW) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
			problems.write(request, response, HttpStatus.REQUEST_TIMEOUT,
					"the request body did not arrive within " + timeout.toSeconds() + " s");
			return;
		}
		if (containsNul(body)) {
			problems.write(request, response, HttpStatus.BAD_REQUEST,
					"the request body holds NUL bytes: JSON must be sent as UTF-8, not UTF-16 or UTF-32");
			return;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body));
		}
		catch (CharacterCodingException ex) {
			problems.write(request, response, HttpStatus.BAD_REQUEST, "the request body is not valid UTF-8");
			return;
		}
		chain.doFilter(new BufferedRequest(request, body), response);
	}

	/**
	 * A NUL byte is never in UTF-8 JSON (outside strings it is not JSON, inside it must
	 * be escaped), but is in every UTF-16 or UTF-32 body, which Jackson would otherwise
	 * read.
	 */
	private static boolean containsNul(byte[] body) {
		for (byte b : body) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	/** Stands for a body that took longer than the timeout. */
	private static final byte[] TOO_SLOW = new byte[0];

	/**
	 * Up to {@code limit + 1} bytes of the body, or {@link #TOO_SLOW}. Each read waits at
	 * most the container's read timeout; the deadline bounds them all together.
	 */
	private byte[] read(InputStream in) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int n;
		try {
			while (body.size() <= limit
					&& (n = in.read(buffer, 0, Math.min(buffer.length, limit + 1 - body.size()))) != -1) {
				body.write(buffer, 0, n);
				if (System.nanoTime() > deadline) {
					return TOO_SLOW;
				}
			}
		}
		catch (SocketTimeoutException ex) {
			return TOO_SLOW;
		}
		// the container ends a body whose next bytes did not come within its read timeout
		return System.nanoTime() > deadline ? TOO_SLOW : body.toByteArray();
	}

	private static final class BufferedRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("request bodies are read before the handler runs");
				}

			};
		}

	}

}

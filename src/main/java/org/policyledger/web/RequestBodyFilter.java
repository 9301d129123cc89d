package org.policyledger.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads each request body before anything else does: refuses it when it is over
 * {@code ledger.web.max-request-bytes} (declared or sent), and when it is not strictly
 * valid UTF-8 (JSON's encoding; the JSON parser itself lets overlong forms and encoded
 * surrogates through).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyFilter extends OncePerRequestFilter {

	private final int limit;

	private final ProblemResponses problems;

	RequestBodyFilter(@Value("${ledger.web.max-request-bytes}") int limit, ProblemResponses problems) {
		this.limit = limit;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getContentLengthLong() > limit ? null : request.getInputStream().readNBytes(limit + 1);
		if (body == null || body.length > limit) {
			problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE,
					"the request body is larger than the limit of " + limit + " bytes");
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

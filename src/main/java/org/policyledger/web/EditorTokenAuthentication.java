package org.policyledger.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks {@code Authorization: Bearer <token>} against the configured editor token, in
 * constant time. Without a configured token (and no development token) nobody may write.
 */
class EditorTokenAuthentication {

	static final String EDITOR = "EDITOR";

	private static final Logger log = LoggerFactory.getLogger(EditorTokenAuthentication.class);

	private static final String BEARER = "Bearer ";

	private final Optional<byte[]> token;

	EditorTokenAuthentication(SecurityProperties properties) {
		String configured = properties.editorToken();
		if (configured != null && !configured.isBlank()) {
			this.token = Optional.of(configured.getBytes(StandardCharsets.UTF_8));
		}
		else if (properties.devToken()) {
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			String generated = HexFormat.of().formatHex(random);
			log.warn("No ledger.security.editor-token set: development editor token for this run is {}", generated);
			this.token = Optional.of(generated.getBytes(StandardCharsets.UTF_8));
		}
		else {
			log.warn("No ledger.security.editor-token set: the ledger is read-only");
			this.token = Optional.empty();
		}
	}

	/**
	 * The presented token, or null when the request carries none (an anonymous reader).
	 */
	Authentication read(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		return UsernamePasswordAuthenticationToken.unauthenticated(null, header.substring(BEARER.length()).trim());
	}

	Authentication authenticate(Authentication presented) {
		byte[] candidate = String.valueOf(presented.getCredentials()).getBytes(StandardCharsets.UTF_8);
		if (token.isEmpty() || !MessageDigest.isEqual(token.get(), candidate)) {
			throw new BadCredentialsException("the bearer token is not valid");
		}
		return UsernamePasswordAuthenticationToken.authenticated("editor", null,
				List.of(new SimpleGrantedAuthority("ROLE_" + EDITOR)));
	}

}

package org.policyledger.web;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.policyledger.access.Role;
import org.policyledger.access.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks {@code Authorization: Bearer <token>} by its SHA-256 against the configured
 * tokens, in constant time, and authenticates the request as the token's principal.
 */
class TokenAuthentication {

	private static final Logger log = LoggerFactory.getLogger(TokenAuthentication.class);

	private static final String BEARER = "Bearer ";

	private static final HexFormat HEX = HexFormat.of();

	private final List<SecurityProperties.Token> tokens;

	TokenAuthentication(SecurityProperties properties) {
		this.tokens = new ArrayList<>(properties.tokens());
		if (properties.devTokens()) {
			tokens.add(devToken("dev-editor", Role.EDITOR));
			tokens.add(devToken("dev-admin", Role.ADMIN));
		}
		if (tokens.isEmpty()) {
			log.warn("No ledger.security.tokens configured: the ledger is read-only");
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
		byte[] hash = Tokens.sha256(String.valueOf(presented.getCredentials()));
		SecurityProperties.Token match = null;
		for (SecurityProperties.Token token : tokens) {
			if (MessageDigest.isEqual(HEX.parseHex(token.sha256().toLowerCase()), hash)) {
				match = token;
			}
		}
		if (match == null) {
			throw new BadCredentialsException("the bearer token is not valid");
		}
		return UsernamePasswordAuthenticationToken.authenticated(match.name(), null,
				List.of(new SimpleGrantedAuthority(match.role().authority())));
	}

	private static SecurityProperties.Token devToken(String name, Role role) {
		String token = Tokens.newToken();
		log.warn("dev profile: {} token for this run ({}): {}", role.name().toLowerCase(), name, token);
		return new SecurityProperties.Token(name, role, Tokens.sha256Hex(token));
	}

}

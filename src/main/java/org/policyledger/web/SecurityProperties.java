package org.policyledger.web;

import org.policyledger.access.Role;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code ledger.security}: the bearer tokens that may do more than read, each stored as
 * the SHA-256 of the token, never the token itself; whether reading needs a token; and,
 * for the {@code dev} profile only, tokens made up and printed at start-up.
 */
@Validated
@ConfigurationProperties("ledger.security")
record SecurityProperties(@DefaultValue("true") boolean publicReads, @DefaultValue("false") boolean devTokens,
		@DefaultValue List<@Valid Token> tokens) {

	/** One token: the principal it stands for, its role, and its SHA-256 in hex. */
	record Token(@NotBlank String name, @NotNull Role role,
			@NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hex digits") String sha256) {
	}

}

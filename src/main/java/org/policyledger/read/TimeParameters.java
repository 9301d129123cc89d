package org.policyledger.read;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.stereotype.Component;

/**
 * Reads the time parameters of read queries, for the API and the command line alike:
 * {@code asOf}, a day of valid time (today by default), and {@code knownAt}, an instant
 * of recording time (now by default).
 */
@Component
public class TimeParameters {

	public static final String AS_OF_FORMAT = "expected a day as YYYY-MM-DD, e.g. 2023-11-01";

	public static final String KNOWN_AT_FORMAT = "expected an instant as YYYY-MM-DDThh:mm:ssZ (e.g. 2025-01-01T00:00:00Z)"
			+ " or a day as YYYY-MM-DD (its start, UTC)";

	private final Clock clock;

	public TimeParameters(Clock clock) {
		this.clock = clock;
	}

	public LocalDate asOf(String text) {
		if (text == null || text.isBlank()) {
			return LocalDate.now(clock);
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeException ex) {
			throw new InvalidParameterException("asOf", text, AS_OF_FORMAT);
		}
	}

	public Instant knownAt(String text) {
		if (text == null || text.isBlank()) {
			return clock.instant();
		}
		try {
			return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
					: Instant.parse(text);
		}
		catch (DateTimeException ex) {
			throw new InvalidParameterException("knownAt", text, KNOWN_AT_FORMAT);
		}
	}

}

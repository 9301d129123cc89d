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

	public static final String AS_OF_FORMAT = "expected a day as YYYY-MM-DD from 0001-01-01 to 9999-12-31,"
			+ " e.g. 2023-11-01";

	public static final String KNOWN_AT_FORMAT = "expected an instant as YYYY-MM-DDThh:mm:ssZ (e.g. 2025-01-01T00:00:00Z)"
			+ " or a day as YYYY-MM-DD (its start, UTC), from year 1 to 9999";

	/**
	 * The days every store can hold and compare (a timestamp beyond them is a 500 there).
	 */
	public static final LocalDate FIRST = LocalDate.of(1, 1, 1);

	public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

	private final Clock clock;

	public TimeParameters(Clock clock) {
		this.clock = clock;
	}

	public LocalDate asOf(String text) {
		LocalDate day = day("asOf", text);
		return day == null ? LocalDate.now(clock) : day;
	}

	/** A day given as the parameter {@code name}, or null when left out. */
	public LocalDate day(String name, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(text);
			requireStorable(day, name, text, AS_OF_FORMAT);
			return day;
		}
		catch (DateTimeException ex) {
			throw new InvalidParameterException(name, text, AS_OF_FORMAT);
		}
	}

	/** Now, on the ledger's clock. */
	public Instant now() {
		return clock.instant();
	}

	public Instant knownAt(String text) {
		return instant("knownAt", text, clock.instant());
	}

	/**
	 * An instant of recording time given as the parameter {@code name}, or
	 * {@code otherwise} when left out.
	 */
	public Instant instant(String name, String text, Instant otherwise) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			Instant instant = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
					: Instant.parse(text);
			requireStorable(LocalDate.ofInstant(instant, ZoneOffset.UTC), name, text, KNOWN_AT_FORMAT);
			return instant;
		}
		catch (DateTimeException ex) {
			throw new InvalidParameterException(name, text, KNOWN_AT_FORMAT);
		}
	}

	private static void requireStorable(LocalDate day, String name, String text, String expected) {
		if (day.isBefore(FIRST) || day.isAfter(LAST)) {
			throw new InvalidParameterException(name, text, expected);
		}
	}

}

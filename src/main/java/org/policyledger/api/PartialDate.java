package org.policyledger.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A calendar date known to the year, the month or the day, written as ISO 8601 reduced
 * precision: {@code 2019}, {@code 2019-05} or {@code 2019-05-22}. It stands for the
 * period from {@link #start()} to {@link #end()} and never invents precision.
 */
public record PartialDate(LocalDate start, Precision precision) {

	/** How much of the date is known. */
	public enum Precision {

		YEAR, MONTH, DAY

	}

	private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	private static final String EXPECTED = "expected YYYY, YYYY-MM or YYYY-MM-DD with a year from 1000 to 9999";

	public PartialDate {
		if (start == null || precision == null) {
			throw new IllegalArgumentException("a partial date needs a start and a precision");
		}
		if (start.getYear() < 1000 || start.getYear() > 9999) {
			throw new IllegalArgumentException("year " + start.getYear() + " is out of range: " + EXPECTED);
		}
		boolean aligned = switch (precision) {
			case YEAR -> start.getDayOfYear() == 1;
			case MONTH -> start.getDayOfMonth() == 1;
			case DAY -> true;
		};
		if (!aligned) {
			throw new IllegalArgumentException(start + " is not the first day of a " + precision.name().toLowerCase());
		}
	}

	@JsonCreator
	public static PartialDate parse(String text) {
		Matcher m = SHAPE.matcher(text == null ? "" : text);
		if (!m.matches()) {
			throw new IllegalArgumentException(
					"invalid date '" + Inputs.shown(text == null ? "" : text) + "': " + EXPECTED);
		}
		try {
			int year = Integer.parseInt(m.group(1));
			if (m.group(2) == null) {
				return ofYear(year);
			}
			YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
			if (m.group(3) == null) {
				return new PartialDate(month.atDay(1), Precision.MONTH);
			}
			return ofDay(month.atDay(Integer.parseInt(m.group(3))));
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("invalid date '" + text + "': " + ex.getMessage(), ex);
		}
	}

	public static PartialDate ofYear(int year) {
		return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
	}

	public static PartialDate ofDay(LocalDate day) {
		return new PartialDate(day, Precision.DAY);
	}

	/** The last day of the period, inclusive. */
	public LocalDate end() {
		return switch (precision) {
			case YEAR -> start.withDayOfYear(start.lengthOfYear());
			case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
			case DAY -> start;
		};
	}

	/** Whether the whole period lies after the given day. */
	public boolean isAfter(LocalDate day) {
		return start.isAfter(day);
	}

	/**
	 * The date as written, to its precision. Every event with a date is serialized
	 * through this, so it is not built by {@code String.format}, which took a quarter of
	 * the bulk import's serializing in a profile of the bench; the year always has four
	 * digits (the constructor's range).
	 */
	@JsonValue
	@Override
	public String toString() {
		return switch (precision) {
			case YEAR -> Integer.toString(start.getYear());
			case MONTH -> YearMonth.from(start).toString();
			case DAY -> start.toString();
		};
	}

}

package org.policyledger.api.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Stances as of a day, known at an instant. {@code diverges} says whether the actors that
 * hold a stance hold different ones; {@code spread} is the distance between the furthest
 * two on the ordinal scale (0 to 4).
 */
public record StanceReport(LocalDate asOf, Instant knownAt, List<StanceAnswer> stances, boolean diverges, int spread) {

}

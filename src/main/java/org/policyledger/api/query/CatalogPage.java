package org.policyledger.api.query;

import java.util.List;

/**
 * A page of a catalogue: {@code total} counts the entries asked for, the page holds those
 * from {@code offset}.
 */
public record CatalogPage(long total, int offset, int limit, List<CatalogEntry> entries) {

}

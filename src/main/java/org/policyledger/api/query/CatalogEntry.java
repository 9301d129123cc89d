package org.policyledger.api.query;

import java.util.List;

/**
 * Something registered: its id, kind (actor kind, instrument kind, or "topic", "source"),
 * name or title, and details (aliases, description, date, issuer, publisher, URL, an
 * instrument's topics, ...).
 */
public record CatalogEntry(String id, String kind, String name, List<String> aliases, String description, String date,
		String issuedBy, String publisher, List<String> authors, String url, List<String> topics) {

}

package org.policyledger.read.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.queryhandling.QueryHandler;
import org.policyledger.api.LedgerId;
import org.policyledger.api.query.CatalogEntry;
import org.policyledger.api.query.CatalogPage;
import org.policyledger.api.query.InstrumentStatus;
import org.policyledger.api.query.CatalogQuery;
import org.policyledger.api.query.UnknownIdException;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Answers what is registered; other read models ask it whether an id exists. */
@Component
public class Catalog {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	/** For each kind of id, a whole statement counting the read model's rows with it. */
	private static final Map<String, String> KNOWN = Map.ofEntries(
			Map.entry("actor", "select count(*) from rm_actor where actor_id = :id"),
			Map.entry("topic", "select count(*) from rm_topic where topic_id = :id"),
			Map.entry("instrument", "select count(*) from rm_instrument where instrument_id = :id"),
			Map.entry("source", "select count(*) from rm_source where source_id = :id"),
			Map.entry("fact", "select count(*) from rm_fact where fact_id = :id"));

	/**
	 * For each kind, whole statements counting and paging the entries whose id, name,
	 * aliases or description match {@code :pattern} (a lower-case LIKE pattern).
	 */
	private static final String ACTORS_SIZE = """
			select count(*) from rm_actor
			where lower(actor_id) like :pattern escape '\\' or lower(name) like :pattern escape '\\'
			   or lower(aliases) like :pattern escape '\\'
			""";

	private static final String ACTORS_PAGE = """
			select * from rm_actor
			where lower(actor_id) like :pattern escape '\\' or lower(name) like :pattern escape '\\'
			   or lower(aliases) like :pattern escape '\\'
			order by actor_id offset :offset rows fetch next :limit rows only
			""";

	private static final String TOPICS_SIZE = """
			select count(*) from rm_topic
			where lower(topic_id) like :pattern escape '\\' or lower(name) like :pattern escape '\\'
			   or lower(description) like :pattern escape '\\'
			""";

	private static final String TOPICS_PAGE = """
			select * from rm_topic
			where lower(topic_id) like :pattern escape '\\' or lower(name) like :pattern escape '\\'
			   or lower(description) like :pattern escape '\\'
			order by topic_id offset :offset rows fetch next :limit rows only
			""";

	private static final String INSTRUMENTS_SIZE = """
			select count(*) from rm_instrument
			where lower(instrument_id) like :pattern escape '\\' or lower(title) like :pattern escape '\\'
			   or lower(description) like :pattern escape '\\'
			""";

	private static final String INSTRUMENTS_PAGE = """
			select * from rm_instrument
			where lower(instrument_id) like :pattern escape '\\' or lower(title) like :pattern escape '\\'
			   or lower(description) like :pattern escape '\\'
			order by instrument_id offset :offset rows fetch next :limit rows only
			""";

	private static final String SOURCES_SIZE = """
			select count(*) from rm_source
			where lower(source_id) like :pattern escape '\\' or lower(title) like :pattern escape '\\'
			   or lower(publisher) like :pattern escape '\\'
			""";

	private static final String SOURCES_PAGE = """
			select * from rm_source
			where lower(source_id) like :pattern escape '\\' or lower(title) like :pattern escape '\\'
			   or lower(publisher) like :pattern escape '\\'
			order by source_id offset :offset rows fetch next :limit rows only
			""";

	/** The topics of the instruments of a page. */
	private static final String INSTRUMENT_TOPICS = """
			select instrument_id, topic_id from rm_instrument_topic
			where instrument_id in (:instruments)
			order by topic_id
			""";

	/** How one kind is counted, paged and read. */
	private record Listing(String size, String page, RowMapper<CatalogEntry> entry) {
	}

	/** How many known ids {@link #require} keeps in memory, at most. */
	private static final int KNOWN_KEPT = 100_000;

	private final Set<LedgerId> known = ConcurrentHashMap.newKeySet();

	private final Map<CatalogQuery.Kind, Listing> listings;

	private final NamedParameterJdbcTemplate named;

	private final ObjectMapper objectMapper;

	Catalog(NamedParameterJdbcTemplate named, ObjectMapper objectMapper) {
		this.named = named;
		this.objectMapper = objectMapper;
		this.listings = new EnumMap<>(Map.of(CatalogQuery.Kind.ACTORS,
				new Listing(ACTORS_SIZE, ACTORS_PAGE, this::actor), CatalogQuery.Kind.TOPICS,
				new Listing(TOPICS_SIZE, TOPICS_PAGE, Catalog::topic), CatalogQuery.Kind.INSTRUMENTS,
				new Listing(INSTRUMENTS_SIZE, INSTRUMENTS_PAGE, Catalog::instrument), CatalogQuery.Kind.SOURCES,
				new Listing(SOURCES_SIZE, SOURCES_PAGE, this::source)));
	}

	/**
	 * Throws {@link UnknownIdException} unless the read model knows the id. An id once
	 * known stays known (nothing is ever unregistered or unrecorded), so it is asked of
	 * the database once: every read names an id or two, and on PostgreSQL each question
	 * is a round trip.
	 */
	public void require(LedgerId id) {
		if (known.contains(id)) {
			return;
		}
		Integer count = named.queryForObject(KNOWN.get(id.kind()), Map.of("id", id.value()), Integer.class);
		if (count == null || count == 0) {
			throw new UnknownIdException(id);
		}
		if (known.size() < KNOWN_KEPT) {
			known.add(id);
		}
	}

	/** The name and kind of each of these actors. */
	public Map<String, InstrumentStatus.Actor> actors(Collection<String> actorIds) {
		Map<String, InstrumentStatus.Actor> actors = new TreeMap<>();
		if (!actorIds.isEmpty()) {
			named.query("select actor_id, name, kind from rm_actor where actor_id in (:ids)", Map.of("ids", actorIds),
					(RowCallbackHandler) rs -> actors.put(rs.getString("actor_id"),
							new InstrumentStatus.Actor(rs.getString("name"), rs.getString("kind"))));
		}
		return actors;
	}

	@QueryHandler
	public CatalogPage list(CatalogQuery query) {
		Listing listing = listings.get(query.kind());
		Map<String, Object> params = Map.of("pattern", pattern(query.text()), "offset", query.offset(), "limit",
				query.limit());
		long total = named.queryForObject(listing.size(), params, Long.class);
		List<CatalogEntry> entries = named.query(listing.page(), params, listing.entry());
		return new CatalogPage(total, query.offset(), query.limit(),
				query.kind() == CatalogQuery.Kind.INSTRUMENTS ? withTopics(entries) : entries);
	}

	/**
	 * A LIKE pattern matching the text anywhere, ignoring case; every entry without text.
	 */
	public static String pattern(String text) {
		if (text == null) {
			return "%";
		}
		String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private List<CatalogEntry> withTopics(List<CatalogEntry> instruments) {
		if (instruments.isEmpty()) {
			return instruments;
		}
		Map<String, List<String>> topics = new HashMap<>();
		named.query(INSTRUMENT_TOPICS, Map.of("instruments", instruments.stream().map(CatalogEntry::id).toList()),
				(RowCallbackHandler) rs -> topics.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
					.add(rs.getString(2)));
		return instruments.stream()
			.map(entry -> new CatalogEntry(entry.id(), entry.kind(), entry.name(), null, entry.description(),
					entry.date(), entry.issuedBy(), null, null, entry.url(),
					topics.getOrDefault(entry.id(), List.of())))
			.toList();
	}

	private CatalogEntry actor(ResultSet rs, int row) throws SQLException {
		return new CatalogEntry(rs.getString("actor_id"), rs.getString("kind"), rs.getString("name"),
				strings(rs.getString("aliases")), null, null, null, null, null, null, null);
	}

	private static CatalogEntry topic(ResultSet rs, int row) throws SQLException {
		return new CatalogEntry(rs.getString("topic_id"), "TOPIC", rs.getString("name"), null,
				rs.getString("description"), null, null, null, null, null, null);
	}

	private static CatalogEntry instrument(ResultSet rs, int row) throws SQLException {
		return new CatalogEntry(rs.getString("instrument_id"), rs.getString("kind"), rs.getString("title"), null,
				rs.getString("description"), rs.getString("date_text"), rs.getString("issued_by"), null, null,
				rs.getString("url"), List.of());
	}

	private CatalogEntry source(ResultSet rs, int row) throws SQLException {
		return new CatalogEntry(rs.getString("source_id"), "SOURCE", rs.getString("title"), null, null,
				rs.getString("published"), null, rs.getString("publisher"), strings(rs.getString("authors")),
				rs.getString("url"), null);
	}

	private List<String> strings(String json) {
		try {
			return objectMapper.readValue(json, STRINGS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

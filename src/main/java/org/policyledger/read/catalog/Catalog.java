package org.policyledger.read.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.queryhandling.QueryHandler;
import org.policyledger.api.LedgerId;
import org.policyledger.api.query.CatalogEntry;
import org.policyledger.api.query.InstrumentStatus;
import org.policyledger.api.query.CatalogQuery;
import org.policyledger.api.query.UnknownIdException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final ObjectMapper objectMapper;

	Catalog(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, ObjectMapper objectMapper) {
		this.jdbc = jdbc;
		this.named = named;
		this.objectMapper = objectMapper;
	}

	/** Throws {@link UnknownIdException} unless the read model knows the id. */
	public void require(LedgerId id) {
		Integer count = named.queryForObject(KNOWN.get(id.kind()), Map.of("id", id.value()), Integer.class);
		if (count == null || count == 0) {
			throw new UnknownIdException(id);
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
	public List<CatalogEntry> list(CatalogQuery query) {
		return switch (query.kind()) {
			case ACTORS -> jdbc.query("select * from rm_actor order by actor_id",
					(rs, i) -> new CatalogEntry(rs.getString("actor_id"), rs.getString("kind"), rs.getString("name"),
							strings(rs.getString("aliases")), null, null, null, null, null, null, null));
			case TOPICS -> jdbc.query("select * from rm_topic order by topic_id",
					(rs, i) -> new CatalogEntry(rs.getString("topic_id"), "TOPIC", rs.getString("name"), null,
							rs.getString("description"), null, null, null, null, null, null));
			case INSTRUMENTS -> instruments();
			case SOURCES -> jdbc.query("select * from rm_source order by source_id", this::source);
		};
	}

	private List<CatalogEntry> instruments() {
		Map<String, List<String>> topics = new HashMap<>();
		jdbc.query("select instrument_id, topic_id from rm_instrument_topic order by topic_id",
				(RowCallbackHandler) rs -> topics.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
					.add(rs.getString(2)));
		return jdbc.query("select * from rm_instrument order by instrument_id", (rs, i) -> {
			String id = rs.getString("instrument_id");
			return new CatalogEntry(id, rs.getString("kind"), rs.getString("title"), null, rs.getString("description"),
					rs.getString("date_text"), rs.getString("issued_by"), null, null, rs.getString("url"),
					topics.getOrDefault(id, List.of()));
		});
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

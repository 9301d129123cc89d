package org.policyledger.read.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.queryhandling.QueryHandler;
import org.policyledger.api.ActorId;
import org.policyledger.api.FactId;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.SourceId;
import org.policyledger.api.SourceKind;
import org.policyledger.api.TopicId;
import org.policyledger.api.query.ArchiveText;
import org.policyledger.api.query.ArchiveTextQuery;
import org.policyledger.api.query.ArchiveVersion;
import org.policyledger.api.query.ChangedSource;
import org.policyledger.api.query.ChangedSourcesQuery;
import org.policyledger.api.query.Conflict;
import org.policyledger.api.query.ConflictsQuery;
import org.policyledger.api.query.Evidence;
import org.policyledger.api.query.EvidenceQuery;
import org.policyledger.api.query.FactView;
import org.policyledger.api.query.QuoteStatus;
import org.policyledger.api.query.SourceArchivesQuery;
import org.policyledger.api.query.UnknownIdException;
import org.policyledger.read.catalog.Catalog;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers what the ledger holds as evidence: a fact's citations checked against the
 * archived texts of their sources, those texts and their versions, sources that changed
 * after facts cited them, and facts that disagree.
 */
@Component
class EvidenceQueries {

	/** The current version of a fact, or of the fact an amendment amends. */
	private static final String CURRENT = """
			select v.* from rm_fact a
			join rm_fact_version v on v.fact_id = coalesce(a.target_fact_id, a.fact_id) and v.known_until is null
			where a.fact_id = :fact
			""";

	/**
	 * A fact's citations with their sources, each with the archived version it was
	 * checked against and the source's latest version number.
	 */
	private static final String EVIDENCE = """
			select c.position, c.source_id, c.locator, coalesce(q.quote_status, 'NO_ARCHIVE') as quote_status,
			       q.quote_offset, q.quote_length, q.context_start, q.quote_context, s.publisher, s.title, s.kind,
			       a.version, a.sha256, a.media_type, a.url, a.retrieved_at, a.recorded_at, a.characters,
			       (select max(l.version) from rm_source_archive l where l.source_id = c.source_id) as latest_version
			from rm_citation c join rm_source s on s.source_id = c.source_id
			left join rm_quote_check q on q.fact_id = c.fact_id and q.position = c.position
			left join rm_source_archive a on a.source_id = q.source_id and a.version = q.archive_version
			where c.fact_id = :fact
			order by c.position
			""";

	/** Every archived version of a source, oldest first. */
	private static final String VERSIONS = """
			select * from rm_source_archive where source_id = :source order by version
			""";

	/** One archived version of a source, with its text. */
	private static final String VERSION_TEXT = """
			select a.*, t.content from rm_source_archive a join rm_archive_text t on t.sha256 = a.sha256
			where a.source_id = :source and a.version = :version
			""";

	/**
	 * Sources whose latest version is later than one a citation was checked against, in
	 * source-id order.
	 */
	private static final String CHANGED = """
			select l.source_id, l.latest from
			  (select source_id, max(version) as latest from rm_source_archive group by source_id) l
			where l.latest > 1
			  and exists (select 1 from rm_quote_check q where q.source_id = l.source_id and q.archive_version < l.latest)
			order by l.source_id
			offset :offset rows fetch next :limit rows only
			""";

	/** The citations of a source checked against a version earlier than the latest. */
	private static final String EARLIER_CITATIONS = """
			select fact_id, position, archive_version, quote_status from rm_quote_check
			where source_id = :source and archive_version < :latest
			order by fact_id, position
			""";

	/**
	 * Groups of current facts that disagree: an actor's facts of one kind about one
	 * instrument with different dates, and an actor's positions on one topic on one day
	 * by one speaker (or none) with different stances: one statement read two ways.
	 */
	private static final String CONFLICTS = """
			select actor_id, fact_type, instrument_id, topic_id, valid_start, valid_precision, speaker, differs from (
			  select actor_id, fact_type, instrument_id, cast(null as varchar(128)) as topic_id,
			         cast(null as date) as valid_start, cast(null as varchar(5)) as valid_precision,
			         cast(null as varchar(300)) as speaker, 'validTime' as differs
			  from rm_fact_version
			  where known_until is null and not retracted and instrument_id is not null
			  group by actor_id, fact_type, instrument_id
			  having min(valid_start) <> max(valid_start) or min(valid_precision) <> max(valid_precision)
			  union all
			  select actor_id, fact_type, cast(null as varchar(128)), topic_id, valid_start, valid_precision,
			         coalesce(speaker_name, ''), 'stance'
			  from rm_fact_version
			  where known_until is null and not retracted and fact_type = 'PositionStated'
			  group by actor_id, fact_type, topic_id, valid_start, valid_precision, coalesce(speaker_name, '')
			  having min(stance) <> max(stance)
			) c
			order by actor_id, fact_type, instrument_id, topic_id, valid_start, valid_precision, speaker
			offset :offset rows fetch next :limit rows only
			""";

	/** The current facts of a conflict about an instrument. */
	private static final String INSTRUMENT_CONFLICT = """
			select v.* from rm_fact_version v
			where v.actor_id = :actor and v.fact_type = :type and v.instrument_id = :instrument
			  and v.known_until is null and not v.retracted
			order by v.valid_start, v.fact_id
			""";

	/** The current positions of a conflict about a topic on a day by a speaker. */
	private static final String POSITION_CONFLICT = """
			select v.* from rm_fact_version v
			where v.actor_id = :actor and v.fact_type = 'PositionStated' and v.topic_id = :topic
			  and v.valid_start = :day and v.valid_precision = :precision and coalesce(v.speaker_name, '') = :speaker
			  and v.known_until is null and not v.retracted
			order by v.fact_id
			""";

	private final FactViews views;

	private final Catalog catalog;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	EvidenceQueries(FactViews views, Catalog catalog, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.views = views;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@QueryHandler
	Evidence evidence(EvidenceQuery query) {
		catalog.require(query.factId());
		Map<String, String> fact = Map.of("fact", query.factId().value());
		List<FactView> current = views.query(CURRENT, fact, clock.instant());
		if (current.isEmpty()) {
			throw UnknownIdException.unreadable(query.factId());
		}
		List<Evidence.Item> items = jdbc.query(EVIDENCE, fact, (rs, i) -> item(rs));
		Map<SourceId, QuoteMatcher.Text> latestTexts = new HashMap<>();
		return new Evidence(current.get(0), items.stream().map(item -> withLatest(item, latestTexts)).toList());
	}

	@QueryHandler
	List<ArchiveVersion> versions(SourceArchivesQuery query) {
		catalog.require(query.sourceId());
		return jdbc.query(VERSIONS, Map.of("source", query.sourceId().value()), (rs, i) -> version(rs));
	}

	@QueryHandler
	ArchiveText text(ArchiveTextQuery query) {
		catalog.require(query.sourceId());
		List<ArchiveText> texts = jdbc.query(VERSION_TEXT,
				Map.of("source", query.sourceId().value(), "version", query.version()),
				(rs, i) -> new ArchiveText(version(rs), rs.getString("content")));
		if (texts.isEmpty()) {
			throw UnknownIdException.noArchive(query.sourceId(), query.version());

		}
		return texts.get(0);
	}

	@QueryHandler
	List<ChangedSource> changed(ChangedSourcesQuery query) {
		return jdbc
			.query(CHANGED, Map.of("offset", query.offset(), "limit", query.limit()),
					(rs, i) -> Map.entry(rs.getString("source_id"), rs.getInt("latest")))
			.stream()
			.map(latest -> {
				Map<String, Object> source = Map.of("source", latest.getKey(), "latest", latest.getValue());
				return new ChangedSource(SourceId.of(latest.getKey()),
						jdbc.query(VERSIONS, source, (rs, i) -> version(rs)),
						jdbc.query(EARLIER_CITATIONS, source,
								(rs, i) -> new ChangedSource.CitedVersion(FactId.of(rs.getString("fact_id")),
										rs.getInt("position"), rs.getInt("archive_version"),
										QuoteStatus.valueOf(rs.getString("quote_status")))));
			})
			.toList();
	}

	@QueryHandler
	List<Conflict> conflicts(ConflictsQuery query) {
		Instant now = clock.instant();
		return jdbc.query(CONFLICTS, Map.of("offset", query.offset(), "limit", query.limit()), (rs, i) -> {
			Map<String, Object> group = new HashMap<>();
			group.put("actor", rs.getString("actor_id"));
			group.put("type", rs.getString("fact_type"));
			group.put("instrument", rs.getString("instrument_id"));
			group.put("topic", rs.getString("topic_id"));
			group.put("day", rs.getObject("valid_start", LocalDate.class));
			group.put("precision", rs.getString("valid_precision"));
			group.put("speaker", rs.getString("speaker"));
			return group;
		}).stream().map(group -> {
			boolean aboutInstrument = group.get("instrument") != null;
			List<FactView> facts = views.query(aboutInstrument ? INSTRUMENT_CONFLICT : POSITION_CONFLICT, group, now);
			return new Conflict(ActorId.of((String) group.get("actor")), (String) group.get("type"),
					aboutInstrument ? InstrumentId.of((String) group.get("instrument")) : null,
					aboutInstrument ? null : TopicId.of((String) group.get("topic")),
					aboutInstrument ? "validTime" : "stance", facts);
		}).toList();
	}

	/**
	 * The item as checked, and, when its source has a later version than the one it was
	 * checked against, whether the passage is in that one; each source's latest text is
	 * read and normalised once for the fact's citations.
	 */
	private Evidence.Item withLatest(Evidence.Item item, Map<SourceId, QuoteMatcher.Text> latestTexts) {
		if (item.archive() == null || item.latestVersion() == null
				|| item.latestVersion() <= item.archive().version()) {
			return item;
		}
		QuoteMatcher.Text latest = latestTexts.computeIfAbsent(item.sourceId(),
				source -> new QuoteMatcher.Text(text(new ArchiveTextQuery(source, item.latestVersion())).text()));
		QuoteStatus status = QuoteMatcher.find(latest, item.locator()).found() ? QuoteStatus.VERIFIED
				: QuoteStatus.NOT_FOUND;
		return new Evidence.Item(item.position(), item.sourceId(), item.publisher(), item.title(), item.kind(),
				item.locator(), item.status(), item.archive(), item.offset(), item.length(), item.contextStart(),
				item.context(), item.latestVersion(), status);
	}

	private static Evidence.Item item(ResultSet rs) throws SQLException {
		String kind = rs.getString("kind");
		return new Evidence.Item(rs.getInt("position"), SourceId.of(rs.getString("source_id")),
				rs.getString("publisher"), rs.getString("title"), kind == null ? null : SourceKind.valueOf(kind),
				rs.getString("locator"), QuoteStatus.valueOf(rs.getString("quote_status")),
				rs.getString("sha256") == null ? null : version(rs), (Integer) rs.getObject("quote_offset"),
				(Integer) rs.getObject("quote_length"), (Integer) rs.getObject("context_start"),
				rs.getString("quote_context"), (Integer) rs.getObject("latest_version"), null);
	}

	private static ArchiveVersion version(ResultSet rs) throws SQLException {
		return new ArchiveVersion(SourceId.of(rs.getString("source_id")), rs.getInt("version"), rs.getString("sha256"),
				rs.getString("media_type"), rs.getString("url"), FactViews.instant(rs, "retrieved_at"),
				FactViews.instant(rs, "recorded_at"), rs.getInt("characters"));
	}

}

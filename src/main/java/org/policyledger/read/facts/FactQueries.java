package org.policyledger.read.facts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.queryhandling.QueryHandler;
import org.policyledger.api.FactId;
import org.policyledger.api.Stance;
import org.policyledger.api.TopicId;
import org.policyledger.api.query.FactPage;
import org.policyledger.api.query.FactStatus;
import org.policyledger.api.query.FactView;
import org.policyledger.api.query.AmendmentPage;
import org.policyledger.api.query.AmendmentView;
import org.policyledger.api.query.AmendmentsQuery;
import org.policyledger.api.query.Provenance;
import org.policyledger.api.query.QuoteAuditQuery;
import org.policyledger.api.query.QuoteStatus;
import org.policyledger.api.query.FactSearchQuery;
import org.policyledger.api.query.SecondaryOnlyFactsQuery;
import org.policyledger.api.query.SingleSourcedFactsQuery;

import org.policyledger.api.query.SourceCitationsQuery;
import org.policyledger.api.query.StanceShift;
import org.policyledger.api.query.Timeline;
import org.policyledger.api.query.TimelineQuery;
import org.policyledger.api.query.ProvenanceQuery;
import org.policyledger.api.query.UnknownIdException;
import org.policyledger.api.query.SourceCitation;
import org.policyledger.read.TimeParameters;
import org.policyledger.read.catalog.Catalog;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the audit queries and an actor's timeline from the facts read model. */
@Component
class FactQueries {

	/** The fact an amendment amends, or the fact itself when it amends none. */
	private static final String AMENDED_FACT = """
			select coalesce(target_fact_id, fact_id) from rm_fact where fact_id = :fact
			""";

	/** Every version of a fact, oldest first. */
	private static final String VERSIONS = """
			select v.* from rm_fact_version v
			where v.fact_id = :fact
			order by v.version
			""";

	/** The corrections and retractions of a fact, in the order they were recorded. */
	private static final String CHANGES = """
			select fact_id, fact_type, reason, recorded_at, recorded_by from rm_fact
			where target_fact_id = :fact
			order by recorded_at
			""";

	/**
	 * How many amendments were recorded in a period of recording time. An amendment is a
	 * fact with a target; {@code > ''} (every fact id) reads them from the target's
	 * index, where {@code is not null} makes H2 scan every fact.
	 */
	private static final String AMENDMENTS_SIZE = """
			select count(*) from rm_fact
			where target_fact_id > '' and recorded_at >= :from and recorded_at < :to
			""";

	/** A page of those amendments, oldest first. */
	private static final String AMENDMENTS_PAGE = """
			select fact_id, fact_type, actor_id, target_fact_id, reason, recorded_at, recorded_by from rm_fact
			where target_fact_id > '' and recorded_at >= :from and recorded_at < :to
			order by recorded_at, fact_id offset :offset rows fetch next :limit rows only
			""";

	/**
	 * The current versions of the facts citing a source, after a fact id, in fact-id
	 * order read from the citations' (source, fact) index: each fact once, by its first
	 * citation of the source.
	 */
	private static final String CITING = """
			select v.* from rm_citation c
			join rm_fact_version v on v.fact_id = c.fact_id and v.known_until is null
			where c.source_id = :source and c.fact_id > :after and v.fact_id > :after
			  and c.position = (select min(c2.position) from rm_citation c2
			                    where c2.fact_id = c.fact_id and c2.source_id = c.source_id)
			order by c.source_id, c.fact_id
			fetch next :limit rows only
			""";

	/**
	 * The facts, current and not retracted, that cite a single source, after a fact id,
	 * in fact-id order read from an index: (source count, fact) on H2, of the
	 * single-sourced facts alone on PostgreSQL.
	 */
	private static final String SINGLE_SOURCED = """
			select v.* from rm_fact f
			join rm_fact_version v on v.fact_id = f.fact_id and v.known_until is null and not v.retracted
			where f.source_count = 1 and f.fact_id > :after and v.fact_id > :after
			order by f.source_count, f.fact_id
			fetch next :limit rows only
			""";

	/**
	 * The current versions of the facts with a citation whose quote was checked with a
	 * status, after a fact id, in fact-id order read from the checks' (status, fact)
	 * index: each fact once, by its first such citation.
	 */
	private static final String QUOTES = """
			select v.* from rm_quote_check q
			join rm_fact_version v on v.fact_id = q.fact_id and v.known_until is null
			where q.quote_status = :status and q.fact_id > :after and v.fact_id > :after
			  and q.position = (select min(q2.position) from rm_quote_check q2
			                    where q2.fact_id = q.fact_id and q2.quote_status = q.quote_status)
			order by q.quote_status, q.fact_id
			fetch next :limit rows only
			""";

	/**
	 * The current versions of the facts with a citation whose source has no archive (so
	 * no check), after a fact id, in fact-id order.
	 */
	private static final String UNCHECKED_QUOTES = """
			select v.* from rm_fact f
			join rm_fact_version v on v.fact_id = f.fact_id and v.known_until is null
			where f.fact_id > :after and v.fact_id > :after
			  and exists (select 1 from rm_citation c where c.fact_id = f.fact_id and c.fact_id > :after
			              and not exists (select 1 from rm_quote_check q
			                              where q.fact_id = c.fact_id and q.position = c.position))
			order by f.fact_id
			fetch next :limit rows only
			""";

	/**
	 * The facts, current and not retracted, none of whose sources is primary (secondary
	 * or of no stated kind), after a fact id, in fact-id order.
	 */
	private static final String SECONDARY_ONLY = """
			select v.* from rm_secondary_only o
			join rm_fact_version v on v.fact_id = o.fact_id and v.known_until is null and not v.retracted
			where o.fact_id > :after and v.fact_id > :after
			order by o.fact_id
			fetch next :limit rows only
			""";

	/**
	 * Current versions whose words contain the pattern, in fact-id order: a scan of the
	 * versions that have words, on their index (no index serves a match inside words on
	 * both databases), stopped once a page is found.
	 */
	private static final String SEARCH = """
			select v.* from rm_fact_version v
			where v.worded = true and v.fact_id > :after and v.known_until is null
			  and (lower(v.summary) like :pattern escape '\\' or lower(v.quote) like :pattern escape '\\'
			    or lower(v.speaker_name) like :pattern escape '\\' or lower(v.speaker_role) like :pattern escape '\\'
			    or lower(v.venue) like :pattern escape '\\' or lower(v.note) like :pattern escape '\\')
			order by v.fact_id
			fetch next :limit rows only
			""";

	/**
	 * How many of an actor's versions known at {@code knownAt} have a period overlapping
	 * {@code from} to {@code to}.
	 */
	private static final String TIMELINE_SIZE = """
			select count(*) from rm_fact_version v
			where v.actor_id = :actor
			  and v.known_from <= :knownAt and (v.known_until is null or v.known_until > :knownAt)
			  and v.valid_end >= :from and v.valid_start <= :to
			""";

	/** A page of those versions, in valid-time order. */
	private static final String TIMELINE_PAGE = """
			select v.* from rm_fact_version v
			where v.actor_id = :actor
			  and v.known_from <= :knownAt and (v.known_until is null or v.known_until > :knownAt)
			  and v.valid_end >= :from and v.valid_start <= :to
			order by v.valid_start, v.valid_end, v.recorded_at, v.fact_id
			offset :offset rows fetch next :limit rows only
			""";

	/**
	 * All of those versions that are positions, in valid-time order, for the stance
	 * shifts of the whole range.
	 */
	private static final String TIMELINE_POSITIONS = """
			select v.* from rm_fact_version v
			where v.actor_id = :actor
			  and v.known_from <= :knownAt and (v.known_until is null or v.known_until > :knownAt)
			  and v.valid_end >= :from and v.valid_start <= :to and v.stance is not null
			order by v.valid_start, v.valid_end, v.recorded_at, v.fact_id
			""";

	private final FactViews views;

	private final Catalog catalog;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	FactQueries(FactViews views, Catalog catalog, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.views = views;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@QueryHandler
	Provenance provenance(ProvenanceQuery query) {
		catalog.require(query.factId());
		Map<String, String> fact = Map.of("fact",
				jdbc.queryForObject(AMENDED_FACT, Map.of("fact", query.factId().value()), String.class));
		List<FactView> versions = views.query(VERSIONS, fact, clock.instant());
		if (versions.isEmpty()) {
			throw UnknownIdException.unreadable(query.factId());
		}
		List<Provenance.Change> amendments = jdbc.query(CHANGES, fact,
				(rs, i) -> new Provenance.Change(rs.getString("fact_id"), rs.getString("fact_type"),
						rs.getString("reason"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
						rs.getString("recorded_by"), List.of()));
		Map<String, List<SourceCitation>> citations = views
			.citations(amendments.stream().map(Provenance.Change::factId).toList());
		List<Provenance.Change> changes = amendments.stream()
			.map(change -> new Provenance.Change(change.factId(), change.type(), change.reason(), change.recordedAt(),
					change.recordedBy(), citations.getOrDefault(change.factId(), List.of())))
			.toList();
		Provenance.Change requested = changes.stream()
			.filter(change -> change.factId().equals(query.factId().value()))
			.findFirst()
			.orElse(null);
		return new Provenance(versions.get(versions.size() - 1), versions, changes, requested);
	}

	@QueryHandler
	AmendmentPage amendments(AmendmentsQuery query) {
		Map<String, Object> params = Map.of("from", FactViews.timestamp(query.from()), "to",
				FactViews.timestamp(query.to()), "offset", query.offset(), "limit", query.limit());
		long total = jdbc.queryForObject(AMENDMENTS_SIZE, params, Long.class);
		List<AmendmentView> amendments = jdbc.query(AMENDMENTS_PAGE, params,
				(rs, i) -> new AmendmentView(rs.getString("fact_id"), rs.getString("fact_type"),
						rs.getString("actor_id"), rs.getString("target_fact_id"), rs.getString("reason"),
						rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by")));
		return new AmendmentPage(total, query.offset(), query.limit(), amendments);
	}

	@QueryHandler
	FactPage citing(SourceCitationsQuery query) {
		catalog.require(query.sourceId());
		return page(CITING, Map.of("source", query.sourceId().value()), query.after(), query.limit());
	}

	@QueryHandler
	FactPage singleSourced(SingleSourcedFactsQuery query) {
		return page(SINGLE_SOURCED, Map.of(), query.after(), query.limit());
	}

	@QueryHandler
	FactPage quotes(QuoteAuditQuery query) {
		if (query.status() == QuoteStatus.NO_ARCHIVE) {
			return page(UNCHECKED_QUOTES, Map.of(), query.after(), query.limit());
		}
		return page(QUOTES, Map.of("status", query.status().name()), query.after(), query.limit());
	}

	@QueryHandler
	FactPage secondaryOnly(SecondaryOnlyFactsQuery query) {
		return page(SECONDARY_ONLY, Map.of(), query.after(), query.limit());
	}

	@QueryHandler
	FactPage search(FactSearchQuery query) {
		return page(SEARCH, Map.of("pattern", Catalog.pattern(query.text())), query.after(), query.limit());
	}

	/**
	 * A page of a statement's facts after a fact id; one row more than the page tells
	 * whether a page follows. Each statement bounds every table it joins by the fact id,
	 * not only the one it reads in order: PostgreSQL does not carry {@code > :after}
	 * across a join's equality, and a merge join then read every version before the
	 * cursor (0.2-0.4 s a page deep in the UN ledger).
	 */
	private FactPage page(String statement, Map<String, Object> params, FactId after, int limit) {
		Map<String, Object> page = new HashMap<>(params);
		page.put("after", after == null ? "" : after.value());
		page.put("limit", limit + 1);
		List<FactView> facts = views.query(statement, page, clock.instant());
		if (facts.size() <= limit) {
			return new FactPage(facts, null);
		}
		List<FactView> shown = facts.subList(0, limit);
		return new FactPage(List.copyOf(shown), shown.get(limit - 1).factId());
	}

	@QueryHandler
	Timeline timeline(TimelineQuery query) {
		catalog.require(query.actorId());
		Map<String, Object> range = Map.of("actor", query.actorId().value(), "knownAt",
				FactViews.timestamp(query.knownAt()), "from",
				query.from() == null ? TimeParameters.FIRST : query.from(), "to",
				query.to() == null ? TimeParameters.LAST : query.to());
		long total = jdbc.queryForObject(TIMELINE_SIZE, range, Long.class);
		Map<String, Object> page = new HashMap<>(range);
		page.put("offset", query.offset());
		page.put("limit", query.limit());
		List<FactView> facts = views.query(TIMELINE_PAGE, page, query.knownAt());
		List<FactView> positions = views.query(TIMELINE_POSITIONS, range, query.knownAt());
		return new Timeline(query.actorId(), query.knownAt(), query.from(), query.to(), total, query.offset(),
				query.limit(), facts, shifts(positions));
	}

	/**
	 * Consecutive positions on the same topic, ignoring retracted ones, whose stances
	 * differ.
	 */
	static List<StanceShift> shifts(List<FactView> facts) {
		Map<TopicId, FactView> last = new HashMap<>();
		List<StanceShift> shifts = new ArrayList<>();
		for (FactView fact : facts) {
			if (fact.stance() == null || fact.status() == FactStatus.RETRACTED) {
				continue;
			}
			FactView before = last.put(fact.topicId(), fact);
			Stance from = before == null ? null : before.stance();
			if (from != null && from != fact.stance()) {
				shifts.add(new StanceShift(fact.topicId(), from, fact.stance(), before, fact));
			}
		}
		return shifts;
	}

}

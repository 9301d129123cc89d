package org.policyledger.read.facts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.queryhandling.QueryHandler;
import org.policyledger.api.Stance;
import org.policyledger.api.TopicId;
import org.policyledger.api.query.FactPage;
import org.policyledger.api.query.FactStatus;
import org.policyledger.api.query.FactView;
import org.policyledger.api.query.AmendmentView;
import org.policyledger.api.query.AmendmentsQuery;
import org.policyledger.api.query.Provenance;
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

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the audit queries and an actor's timeline from the facts read model. */
@Component
class FactQueries {

	/**
	 * An actor's versions known at an instant whose valid time overlaps a range of days.
	 */
	private static final String TIMELINE = "v.actor_id = ? and " + FactViews.KNOWN_AT
			+ " and v.valid_end >= ? and v.valid_start <= ?";

	private final FactViews views;

	private final Catalog catalog;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Clock clock;

	FactQueries(FactViews views, Catalog catalog, JdbcTemplate jdbc, Clock clock) {
		this.views = views;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.clock = clock;
	}

	@QueryHandler
	Provenance provenance(ProvenanceQuery query) {
		catalog.require(query.factId());
		String factId = jdbc.queryForObject("select coalesce(target_fact_id, fact_id) from rm_fact where fact_id = ?",
				String.class, query.factId().value());
		List<FactView> versions = views.find("v.fact_id = ?", "v.version", clock.instant(), factId);
		if (versions.isEmpty()) {
			throw UnknownIdException.unreadable(query.factId());
		}
		List<Provenance.Change> amendments = jdbc.query(
				"select fact_id, fact_type, reason, recorded_at, recorded_by from rm_fact where target_fact_id = ? order by recorded_at",
				(rs, i) -> new Provenance.Change(rs.getString("fact_id"), rs.getString("fact_type"),
						rs.getString("reason"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
						rs.getString("recorded_by"), List.of()),
				factId);
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
	List<AmendmentView> amendments(AmendmentsQuery query) {
		return named.query("""
				select fact_id, fact_type, actor_id, target_fact_id, reason, recorded_at, recorded_by from rm_fact
				where target_fact_id is not null and recorded_at >= :from and recorded_at < :to
				order by recorded_at, fact_id offset :offset rows fetch next :limit rows only""",
				Map.of("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC), "to",
						OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC), "offset", query.offset(), "limit",
						query.limit()),
				(rs, i) -> new AmendmentView(rs.getString("fact_id"), rs.getString("fact_type"),
						rs.getString("actor_id"), rs.getString("target_fact_id"), rs.getString("reason"),
						rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by")));
	}

	@QueryHandler
	List<FactView> citing(SourceCitationsQuery query) {
		catalog.require(query.sourceId());
		return views.find(
				"v.known_until is null and v.fact_id in (select fact_id from rm_citation where source_id = ?)",
				FactViews.VALID_TIME_ORDER, clock.instant(), query.sourceId().value());
	}

	@QueryHandler
	FactPage singleSourced(SingleSourcedFactsQuery query) {
		List<FactView> facts = views.find("v.known_until is null and not v.retracted and f.source_count = 1",
				"v.fact_id offset ? rows fetch next ? rows only", clock.instant(), query.offset(), query.limit());
		return new FactPage(query.offset(), query.limit(), facts);
	}

	@QueryHandler
	Timeline timeline(TimelineQuery query) {
		catalog.require(query.actorId());
		Object[] range = FactViews.args(query.actorId().value(), FactViews.knownAt(query.knownAt()),
				query.from() == null ? TimeParameters.FIRST : query.from(),
				query.to() == null ? TimeParameters.LAST : query.to());
		long total = jdbc.queryForObject("select count(*) from rm_fact_version v where " + TIMELINE, Long.class, range);
		List<FactView> facts = views.find(TIMELINE,
				FactViews.VALID_TIME_ORDER + " offset ? rows fetch next ? rows only", query.knownAt(),
				FactViews.args(range, query.offset(), query.limit()));
		List<FactView> positions = views.find(TIMELINE + " and v.stance is not null", FactViews.VALID_TIME_ORDER,
				query.knownAt(), range);
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

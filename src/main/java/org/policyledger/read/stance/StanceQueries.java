package org.policyledger.read.stance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.axonframework.queryhandling.QueryHandler;
import org.policyledger.api.ActorId;
import org.policyledger.api.Stance;
import org.policyledger.api.TopicId;
import org.policyledger.api.query.ActorStancesQuery;
import org.policyledger.api.query.FactView;
import org.policyledger.api.query.StanceAnswer;
import org.policyledger.api.query.StanceQuery;
import org.policyledger.api.query.StanceReport;
import org.policyledger.api.query.TopicStancesQuery;
import org.policyledger.read.catalog.Catalog;
import org.policyledger.read.facts.FactViews;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A stance as of day D known at instant K: among the actor's positions on the topic known
 * at K, not retracted, the basis is the latest one whose whole period ends by D (latest
 * start, then latest end, then latest recorded). Positions that could fall between the
 * basis and D, because a date is known only to the month or year, are unresolved.
 */
@Component
class StanceQueries {

	/**
	 * The latest start among the actor's positions on the topic, known at
	 * {@code knownAt}, not retracted, that end by {@code asOf}. Ordered by the index's
	 * columns, equal ones included, so that the database reads the index backwards from
	 * that day and stops at the first match instead of sorting every position of the
	 * pair.
	 */
	private static final String LATEST_START = """
			select v.valid_start from rm_fact_version v
			where v.actor_id = :actor and v.topic_id = :topic and v.fact_type = 'PositionStated' and not v.retracted
			  and v.known_from <= :knownAt and (v.known_until is null or v.known_until > :knownAt)
			  and v.valid_start <= :asOf and v.valid_end <= :asOf
			order by v.actor_id desc, v.topic_id desc, v.valid_start desc fetch first 1 rows only
			""";

	/**
	 * The basis: among those positions starting on {@code start}, the one that ends
	 * latest by {@code asOf}, then the one recorded latest.
	 */
	private static final String BASIS = """
			select v.*, f.recorded_at, f.recorded_by from rm_fact_version v join rm_fact f on f.fact_id = v.fact_id
			where v.actor_id = :actor and v.topic_id = :topic and v.fact_type = 'PositionStated' and not v.retracted
			  and v.known_from <= :knownAt and (v.known_until is null or v.known_until > :knownAt)
			  and v.valid_start = :start and v.valid_end <= :asOf
			order by v.valid_end desc, f.recorded_at desc, v.fact_id desc fetch first 1 rows only
			""";

	/**
	 * The positions other than the basis that could fall between its start ({@code from})
	 * and {@code asOf}: those that start by {@code asOf} and end on or after
	 * {@code from}. A period is at most a year long, so they start at most a year and a
	 * day before {@code from} ({@code earliest}), which bounds the index range read.
	 */
	private static final String UNRESOLVED = """
			select v.*, f.recorded_at, f.recorded_by from rm_fact_version v join rm_fact f on f.fact_id = v.fact_id
			where v.actor_id = :actor and v.topic_id = :topic and v.fact_type = 'PositionStated' and not v.retracted
			  and v.known_from <= :knownAt and (v.known_until is null or v.known_until > :knownAt)
			  and v.valid_start <= :asOf and v.valid_start >= :earliest and v.valid_end >= :from
			  and v.fact_id <> :basis
			order by v.valid_start, v.valid_end, f.recorded_at, v.fact_id
			""";

	/** The longest period of a date (a leap year), in days. */
	private static final int LONGEST_PERIOD_DAYS = 366;

	private final FactViews views;

	private final Catalog catalog;

	private final NamedParameterJdbcTemplate jdbc;

	StanceQueries(FactViews views, Catalog catalog, NamedParameterJdbcTemplate jdbc) {
		this.views = views;
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	@QueryHandler
	StanceAnswer stance(StanceQuery query) {
		catalog.require(query.actorId());
		catalog.require(query.topicId());
		return answer(query.actorId(), query.topicId(), query.asOf(), query.knownAt());
	}

	@QueryHandler
	StanceReport actorStances(ActorStancesQuery query) {
		catalog.require(query.actorId());
		List<TopicId> topics = jdbc
			.queryForList("select topic_id from rm_actor_topic where actor_id = :actor order by topic_id",
					Map.of("actor", query.actorId().value()), String.class)
			.stream()
			.map(TopicId::of)
			.toList();
		return report(query.asOf(), query.knownAt(),
				topics.stream().map(topic -> answer(query.actorId(), topic, query.asOf(), query.knownAt())).toList());
	}

	@QueryHandler
	StanceReport topicStances(TopicStancesQuery query) {
		catalog.require(query.topicId());
		query.actorIds().forEach(catalog::require);
		List<ActorId> actors = !query.actorIds().isEmpty() ? query.actorIds()
				: jdbc
					.queryForList("select actor_id from rm_actor_topic where topic_id = :topic order by actor_id",
							Map.of("topic", query.topicId().value()), String.class)
					.stream()
					.map(ActorId::of)
					.toList();
		return report(query.asOf(), query.knownAt(),
				actors.stream().map(actor -> answer(actor, query.topicId(), query.asOf(), query.knownAt())).toList());
	}

	private StanceAnswer answer(ActorId actor, TopicId topic, LocalDate asOf, Instant knownAt) {
		Map<String, Object> pair = Map.of("actor", actor.value(), "topic", topic.value(), "asOf", asOf, "knownAt",
				FactViews.timestamp(knownAt));
		FactView basis = jdbc.queryForList(LATEST_START, pair, LocalDate.class)
			.stream()
			.findFirst()
			.flatMap(start -> views.query(BASIS, with(pair, Map.of("start", start)), knownAt).stream().findFirst())
			.orElse(null);
		LocalDate from = basis == null ? asOf : basis.validTime().start();
		List<FactView> unresolved = views.query(UNRESOLVED, with(pair, Map.of("from", from, "earliest",
				from.minusDays(LONGEST_PERIOD_DAYS), "basis", basis == null ? "" : basis.factId().value())), knownAt);
		return new StanceAnswer(actor, topic, basis == null ? null : basis.stance(), unresolved.isEmpty(), basis,
				unresolved);
	}

	private static Map<String, Object> with(Map<String, Object> parameters, Map<String, Object> more) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.putAll(more);
		return all;
	}

	private static StanceReport report(LocalDate asOf, Instant knownAt, List<StanceAnswer> answers) {
		List<Integer> scores = answers.stream()
			.map(StanceAnswer::stance)
			.filter(Objects::nonNull)
			.map(Stance::score)
			.toList();
		int spread = scores.isEmpty() ? 0
				: scores.stream().max(Integer::compare).get() - scores.stream().min(Integer::compare).get();
		return new StanceReport(asOf, knownAt, answers, spread > 0, spread);
	}

}

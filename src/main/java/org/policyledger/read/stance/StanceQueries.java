package org.policyledger.read.stance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A stance as of day D known at instant K: among the actor's positions on the topic known
 * at K, not retracted, the basis is the latest one whose whole period ends by D (latest
 * start, then latest end, then latest recorded). Positions that could fall between the
 * basis and D, because a date is known only to the month or year, are unresolved.
 */
@Component
class StanceQueries {

	private static final String POSITIONS = "v.actor_id = ? and v.topic_id = ? and v.fact_type = 'PositionStated'"
			+ " and not v.retracted and " + FactViews.KNOWN_AT;

	/**
	 * The latest start among the positions that end by a day. Ordered by the index's
	 * columns, equal ones included, so that the database reads the index backwards from
	 * that day and stops at the first match instead of sorting every position of the
	 * pair.
	 */
	private static final String LATEST_START = "select v.valid_start from rm_fact_version v where " + POSITIONS
			+ " and v.valid_start <= ? and v.valid_end <= ?"
			+ " order by v.actor_id desc, v.topic_id desc, v.valid_start desc fetch first 1 rows only";

	/**
	 * A period is at most a year long, so a period that contains a day starts at most
	 * this long before it.
	 */
	private static final int LONGEST_PERIOD_DAYS = 366;

	private final FactViews views;

	private final Catalog catalog;

	private final JdbcTemplate jdbc;

	StanceQueries(FactViews views, Catalog catalog, JdbcTemplate jdbc) {
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
			.queryForList("select topic_id from rm_actor_topic where actor_id = ? order by topic_id", String.class,
					query.actorId().value())
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
					.queryForList("select actor_id from rm_actor_topic where topic_id = ? order by actor_id",
							String.class, query.topicId().value())
					.stream()
					.map(ActorId::of)
					.toList();
		return report(query.asOf(), query.knownAt(),
				actors.stream().map(actor -> answer(actor, query.topicId(), query.asOf(), query.knownAt())).toList());
	}

	private StanceAnswer answer(ActorId actor, TopicId topic, LocalDate asOf, Instant knownAt) {
		Object[] positions = FactViews.args(actor.value(), topic.value(), FactViews.knownAt(knownAt));
		FactView basis = jdbc.queryForList(LATEST_START, LocalDate.class, FactViews.args(positions, asOf, asOf))
			.stream()
			.findFirst()
			.flatMap(start -> views
				.find(POSITIONS + " and v.valid_start = ? and v.valid_end <= ?",
						"v.valid_end desc, f.recorded_at desc, v.fact_id desc fetch first 1 rows only", knownAt,
						FactViews.args(positions, start, asOf))
				.stream()
				.findFirst())
			.orElse(null);
		LocalDate from = basis == null ? asOf : basis.validTime().start();
		List<FactView> unresolved = views.find(
				POSITIONS + " and v.valid_start <= ? and v.valid_start >= ? and v.valid_end >= ? and v.fact_id <> ?",
				FactViews.VALID_TIME_ORDER, knownAt, FactViews.args(positions, asOf,
						from.minusDays(LONGEST_PERIOD_DAYS), from, basis == null ? "" : basis.factId().value()));
		return new StanceAnswer(actor, topic, basis == null ? null : basis.stance(), unresolved.isEmpty(), basis,
				unresolved);
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

package org.policyledger.read.stance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 *
 * <p>
 * One statement reads the positions near D of one actor, some or all actors on a topic;
 * the basis and the unresolved positions are told apart here, from its order.
 */
@Component
class StanceQueries {

	/**
	 * The positions near {@code asOf} of the {@code actors} on {@code topic}, or of every
	 * actor with a position on it when {@code everyActor} is true. For each actor, the
	 * latest start among its positions known at {@code knownAt}, not retracted, that end
	 * by {@code asOf}, is read backwards on the {@code (actor_id, topic_id, valid_start)}
	 * index, stopping at the first match; the rows are the positions that start by
	 * {@code asOf} and at most 366 days (the longest period of a date) before that start,
	 * or before {@code asOf} when there is none. Each actor's rows come latest start
	 * first, then latest end, latest recorded and highest id. The actors are filtered
	 * inside an {@code or} so that the database reads the topic's pairs in order instead
	 * of each actor's pairs on every topic.
	 */
	private static final String NEAR = """
			select v.*, f.recorded_at, f.recorded_by from rm_actor_topic a
			join rm_fact_version v on v.actor_id = a.actor_id and v.topic_id = a.topic_id
			join rm_fact f on f.fact_id = v.fact_id
			where a.topic_id = :topic and (:everyActor or a.actor_id in (:actors))
			  and v.fact_type = 'PositionStated' and not v.retracted
			  and v.known_from <= :knownAt and (v.known_until is null or v.known_until > :knownAt)
			  and v.valid_start <= :asOf
			  and v.valid_start >= coalesce((
			    select w.valid_start from rm_fact_version w
			    where w.actor_id = a.actor_id and w.topic_id = a.topic_id and w.fact_type = 'PositionStated'
			      and not w.retracted and w.known_from <= :knownAt and (w.known_until is null or w.known_until > :knownAt)
			      and w.valid_start <= :asOf and w.valid_end <= :asOf
			    order by w.actor_id desc, w.topic_id desc, w.valid_start desc fetch first 1 rows only), :asOf) - 366
			order by v.actor_id, v.valid_start desc, v.valid_end desc, f.recorded_at desc, v.fact_id desc
			""";

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
		return answers(query.topicId(), List.of(query.actorId()), false, query.asOf(), query.knownAt()).get(0);
	}

	@QueryHandler
	StanceReport actorStances(ActorStancesQuery query) {
		catalog.require(query.actorId());
		List<StanceAnswer> answers = jdbc
			.queryForList("select topic_id from rm_actor_topic where actor_id = :actor order by topic_id",
					Map.of("actor", query.actorId().value()), String.class)
			.stream()
			.map(topic -> answers(TopicId.of(topic), List.of(query.actorId()), false, query.asOf(), query.knownAt())
				.get(0))
			.toList();
		return report(query.asOf(), query.knownAt(), answers);
	}

	@QueryHandler
	StanceReport topicStances(TopicStancesQuery query) {
		catalog.require(query.topicId());
		query.actorIds().forEach(catalog::require);
		boolean everyActor = query.actorIds().isEmpty();
		List<ActorId> actors = !everyActor ? query.actorIds()
				: jdbc
					.queryForList("select actor_id from rm_actor_topic where topic_id = :topic order by actor_id",
							Map.of("topic", query.topicId().value()), String.class)
					.stream()
					.map(ActorId::of)
					.toList();
		return report(query.asOf(), query.knownAt(),
				answers(query.topicId(), actors, everyActor, query.asOf(), query.knownAt()));
	}

	/** The stances of the actors on the topic, in the actors' order. */
	private List<StanceAnswer> answers(TopicId topic, List<ActorId> actors, boolean everyActor, LocalDate asOf,
			Instant knownAt) {
		if (actors.isEmpty()) {
			return List.of();
		}
		Map<ActorId, List<FactViews.Row>> near = views
			.rows(NEAR,
					Map.of("topic", topic.value(), "everyActor", everyActor, "actors",
							actors.stream().map(ActorId::value).distinct().toList(), "asOf", asOf, "knownAt",
							FactViews.timestamp(knownAt)))
			.stream()
			.collect(Collectors.groupingBy(FactViews.Row::actorId));
		List<Picked> picked = actors.stream()
			.map(actor -> Picked.of(actor, near.getOrDefault(actor, List.of()), asOf))
			.toList();
		Map<String, FactView> cited = views.views(picked.stream().flatMap(Picked::rows).toList(), knownAt)
			.stream()
			.collect(Collectors.toMap(fact -> fact.factId().value(), fact -> fact, (first, same) -> first));
		return picked.stream().map(pair -> pair.answer(topic, cited)).toList();
	}

	/**
	 * One actor's basis and unresolved positions among its positions near the day, in the
	 * statement's order: the basis is the first that ends by the day; the unresolved ones
	 * are the others that end on or after the basis starts (or the day, without a basis),
	 * earliest first.
	 */
	private record Picked(ActorId actor, FactViews.Row basis, List<FactViews.Row> unresolved) {

		static Picked of(ActorId actor, List<FactViews.Row> near, LocalDate asOf) {
			FactViews.Row basis = near.stream()
				.filter(position -> !position.validTime().end().isAfter(asOf))
				.findFirst()
				.orElse(null);
			LocalDate from = basis == null ? asOf : basis.validTime().start();
			List<FactViews.Row> unresolved = near.stream()
				.filter(position -> position != basis && !position.validTime().end().isBefore(from))
				.collect(Collectors.toCollection(ArrayList::new));
			Collections.reverse(unresolved);
			return new Picked(actor, basis, unresolved);
		}

		Stream<FactViews.Row> rows() {
			return Stream.concat(Stream.ofNullable(basis), unresolved.stream());
		}

		/** The answer, with the picked facts as read with their sources. */
		StanceAnswer answer(TopicId topic, Map<String, FactView> cited) {
			FactView view = basis == null ? null : cited.get(basis.factId());
			return new StanceAnswer(actor, topic, view == null ? null : view.stance(), unresolved.isEmpty(), view,
					unresolved.stream().map(row -> cited.get(row.factId())).toList());
		}

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

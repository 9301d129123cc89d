package org.policyledger.read.stance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BinaryOperator;
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

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A stance as of day D known at instant K: among the actor's positions on the topic known
 * at K, not retracted, the basis is the latest one whose whole period ends by D (latest
 * start, then latest end, then latest recorded). Positions that could fall between the
 * basis and D, because a date is known only to the month or year, are unresolved.
 *
 * <p>
 * An instrument may express a stance on the topic (its registration says so): an actor's
 * latest signature, launch, membership or ratification of it, known at K, not retracted,
 * ending by D and not followed by a withdrawal or departure by D, then stands among the
 * positions as one with that stance, inferred, ranking below any stated position that
 * starts on or after its day.
 *
 * <p>
 * One statement reads the positions near D of one actor, some or all actors on a topic,
 * and one the facts that take on or give up what instruments express on it; the basis and
 * the unresolved positions are told apart here, from their order.
 */
@Component
class StanceQueries {

	/**
	 * The positions near {@code asOf} of the {@code actors} on {@code topic}, or of every
	 * actor with a position on it when {@code everyActor} is true. For each actor, the
	 * latest start among its positions known at {@code knownAt}, not retracted, that end
	 * by {@code asOf}, is read backwards on the {@code (actor_id, topic_id, valid_start)}
	 * index, stopping at the first match (that index holds every column the match is
	 * decided on, so the rows passed over are not read: migration V21); the rows are the
	 * positions that start by {@code asOf} and at most 366 days (the longest period of a
	 * date) before that start, or before {@code asOf} when there is none. Each actor's
	 * rows come latest start first, then latest end, latest recorded and highest id. The
	 * actors are filtered inside an {@code or} so that the database reads the topic's
	 * pairs in order instead of each actor's pairs on every topic. Each actor's bound
	 * ({@code since}) is found once, in a derived table that {@code offset 0 rows} keeps
	 * apart: without it PostgreSQL folds the search into the join and runs it twice per
	 * actor, for a cache key and for the index condition.
	 */
	static final String NEAR = """
			select v.* from (
			  select a.actor_id, a.topic_id, coalesce((
			    select w.valid_start from rm_fact_version w
			    where w.actor_id = a.actor_id and w.topic_id = a.topic_id and w.fact_type = 'PositionStated'
			      and not w.retracted and w.known_from <= :knownAt and (w.known_until is null or w.known_until > :knownAt)
			      and w.valid_start <= :asOf and w.valid_end <= :asOf
			    order by w.actor_id desc, w.topic_id desc, w.valid_start desc fetch first 1 rows only), :asOf) - 366 as since
			  from rm_actor_topic a
			  where a.topic_id = :topic and (:everyActor or a.actor_id = any(:actors))
			  offset 0 rows) a
			join rm_fact_version v on v.actor_id = a.actor_id and v.topic_id = a.topic_id
			where v.fact_type = 'PositionStated' and not v.retracted
			  and v.known_from <= :knownAt and (v.known_until is null or v.known_until > :knownAt)
			  and v.valid_start <= :asOf and v.valid_start >= a.since
			order by v.actor_id, v.valid_start desc, v.valid_end desc, v.recorded_at desc, v.fact_id desc
			""";

	/** The instruments that express a stance on a topic, with that stance. */
	private static final String EXPRESSED = """
			select instrument_id, stance from rm_instrument_stance where topic_id = :topic
			""";

	/**
	 * The facts known at {@code knownAt}, not retracted, ending by {@code asOf}, by which
	 * the actors (or every actor) took on or gave up an instrument that expresses a
	 * stance on {@code topic}: for each actor and instrument, in valid-time order.
	 */
	private static final String EXPRESSING = """
			select v.* from rm_instrument_stance e
			join rm_fact_version v on v.instrument_id = e.instrument_id
			where e.topic_id = :topic and (:everyActor or v.actor_id = any(:actors))
			  and v.fact_type in ('DeclarationSigned', 'SignatureWithdrawn', 'InitiativeLaunched', 'InitiativeJoined',
			                      'InitiativeLeft', 'TreatyRatified')
			  and not v.retracted and v.known_from <= :knownAt and (v.known_until is null or v.known_until > :knownAt)
			  and v.valid_end <= :asOf
			order by v.actor_id, v.instrument_id, v.valid_start, v.valid_end, v.recorded_at, v.fact_id
			""";

	/** The facts by which an actor takes on what an instrument expresses. */
	private static final Set<String> TAKING = Set.of("DeclarationSigned", "InitiativeLaunched", "InitiativeJoined",
			"TreatyRatified");

	/**
	 * The actors with a stance on a topic: those that stated a position on it, and those
	 * with a fact about an instrument that expresses one.
	 */
	private static final String ACTORS_OF_TOPIC = """
			select actor_id from rm_actor_topic where topic_id = :topic
			union
			select v.actor_id from rm_instrument_stance e join rm_fact_version v on v.instrument_id = e.instrument_id
			where e.topic_id = :topic
			order by actor_id
			""";

	/** The topics an actor has a stance on, both ways. */
	private static final String TOPICS_OF_ACTOR = """
			select topic_id from rm_actor_topic where actor_id = :actor
			union
			select e.topic_id from rm_instrument_stance e
			join rm_fact_version v on v.instrument_id = e.instrument_id and v.actor_id = :actor
			order by topic_id
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
			.queryForList(TOPICS_OF_ACTOR, Map.of("actor", query.actorId().value()), String.class)
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
				: jdbc.queryForList(ACTORS_OF_TOPIC, Map.of("topic", query.topicId().value()), String.class)
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
		Map<String, Object> question = Map.of("topic", topic.value(), "everyActor", everyActor, "actors",
				FactViews.ids(actors.stream().map(ActorId::value).distinct().toList()), "asOf", asOf, "knownAt",
				FactViews.timestamp(knownAt));
		Map<ActorId, List<FactViews.Row>> near = views.rows(NEAR, question)
			.stream()
			.collect(Collectors.groupingBy(FactViews.Row::actorId));
		Map<ActorId, Candidate> inferred = inferred(question);
		List<Picked> picked = actors.stream()
			.map(actor -> Picked.of(actor, near.getOrDefault(actor, List.of()), inferred.get(actor), asOf))
			.toList();
		Map<String, FactView> cited = views.views(picked.stream().flatMap(Picked::rows).toList(), knownAt)
			.stream()
			.collect(Collectors.toMap(fact -> fact.factId().value(), fact -> fact, (first, same) -> first));
		return picked.stream().map(pair -> pair.answer(topic, cited)).toList();
	}

	/**
	 * Each actor's latest fact taking on an instrument that expresses a stance on the
	 * topic and that it has not given up since, with that stance.
	 */
	private Map<ActorId, Candidate> inferred(Map<String, Object> question) {
		Map<String, Stance> expressed = new HashMap<>();
		jdbc.query(EXPRESSED, question, (RowCallbackHandler) rs -> expressed.put(rs.getString("instrument_id"),
				Stance.valueOf(rs.getString("stance"))));
		if (expressed.isEmpty()) {
			return Map.of();
		}
		Map<List<String>, FactViews.Row> latest = new LinkedHashMap<>();
		views.rows(EXPRESSING, question)
			.forEach(row -> latest.put(List.of(row.actorId().value(), row.instrumentId().value()), row));
		return latest.values()
			.stream()
			.filter(row -> TAKING.contains(row.type()))
			.map(row -> new Candidate(row, expressed.get(row.instrumentId().value())))
			.collect(Collectors.toMap(candidate -> candidate.row().actorId(), candidate -> candidate,
					BinaryOperator.maxBy(Comparator.comparing((Candidate candidate) -> candidate.start())
						.thenComparing(candidate -> candidate.row().validTime().end())
						.thenComparing(candidate -> candidate.row().factId()))));
	}

	/**
	 * A position, or a fact from which a stance is inferred ({@code expressed} is the
	 * stance its instrument expresses; null for a stated position).
	 */
	private record Candidate(FactViews.Row row, Stance expressed) {

		LocalDate start() {
			return row.validTime().start();
		}

		boolean endsBy(LocalDate day) {
			return !row.validTime().end().isAfter(day);
		}

	}

	/**
	 * One actor's basis and unresolved positions among its positions near the day, in the
	 * statement's order, with the inferred candidate after every position that starts on
	 * or after its day: the basis is the first that ends by the day; the unresolved ones
	 * are the other positions that end on or after the basis starts (or the day, without
	 * a basis), earliest first.
	 */
	private record Picked(ActorId actor, Candidate basis, List<FactViews.Row> unresolved) {

		static Picked of(ActorId actor, List<FactViews.Row> near, Candidate inferred, LocalDate asOf) {
			List<Candidate> candidates = near.stream()
				.map(position -> new Candidate(position, null))
				.collect(Collectors.toCollection(ArrayList::new));
			if (inferred != null) {
				int after = (int) candidates.stream()
					.takeWhile(position -> !position.start().isBefore(inferred.start()))
					.count();
				candidates.add(after, inferred);
			}
			Candidate basis = candidates.stream().filter(candidate -> candidate.endsBy(asOf)).findFirst().orElse(null);
			LocalDate from = basis == null ? asOf : basis.start();
			List<FactViews.Row> unresolved = candidates.stream()
				.filter(candidate -> candidate != basis && candidate.expressed() == null
						&& !candidate.row().validTime().end().isBefore(from))
				.map(Candidate::row)
				.collect(Collectors.toCollection(ArrayList::new));
			Collections.reverse(unresolved);
			return new Picked(actor, basis, unresolved);
		}

		Stream<FactViews.Row> rows() {
			return Stream.concat(Stream.ofNullable(basis).map(Candidate::row), unresolved.stream());
		}

		/** The answer, with the picked facts as read with their sources. */
		StanceAnswer answer(TopicId topic, Map<String, FactView> cited) {
			FactView view = basis == null ? null : cited.get(basis.row().factId());
			boolean inferred = basis != null && basis.expressed() != null;
			Stance stance = view == null ? null : inferred ? basis.expressed() : view.stance();
			return new StanceAnswer(actor, topic, stance, inferred, unresolved.isEmpty(), view,
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

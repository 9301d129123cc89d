package org.policyledger.read.votes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.queryhandling.QueryHandler;
import org.policyledger.api.ActorId;
import org.policyledger.api.Vote;
import org.policyledger.api.query.Agreement;
import org.policyledger.api.query.AgreementQuery;
import org.policyledger.read.catalog.Catalog;
import org.policyledger.read.facts.FactViews;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Voting agreement between actors: each actor's votes read once (on its
 * {@code (actor, valid_start)} index) and paired by roll call in memory, which is cheaper
 * than joining two actors' votes in SQL, where no index leads from a roll call to one
 * actor's vote on it.
 */
@Component
class AgreementQueries {

	/** An actor's votes known at {@code knownAt}: roll call, year, vote. */
	private static final String VOTES = """
			select v.instrument_id, extract(year from v.valid_start) as vote_year, v.vote from rm_fact_version v
			where v.actor_id = :actor and v.fact_type = 'VoteCast' and not v.retracted
			  and v.known_from <= :knownAt and (v.known_until is null or v.known_until > :knownAt)
			""";

	/** The instruments about a topic. */
	private static final String ABOUT_TOPIC = """
			select instrument_id from rm_instrument_topic where topic_id = :topic
			""";

	private record Cast(int year, Vote vote) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final Catalog catalog;

	AgreementQueries(NamedParameterJdbcTemplate jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	@QueryHandler
	Agreement agreement(AgreementQuery query) {
		query.actors().forEach(catalog::require);
		if (query.topicId() != null) {
			catalog.require(query.topicId());
		}
		Set<String> about = query.topicId() == null ? null
				: new HashSet<>(jdbc.queryForList(ABOUT_TOPIC, Map.of("topic", query.topicId().value()), String.class));
		Map<ActorId, Map<String, Cast>> votes = new HashMap<>();
		query.actors().forEach(actor -> votes.put(actor, votes(actor, query.knownAt(), about)));
		List<Agreement.Pair> pairs = new ArrayList<>();
		for (int i = 0; i < query.actors().size(); i++) {
			for (int j = i + 1; j < query.actors().size(); j++) {
				ActorId first = query.actors().get(i);
				ActorId second = query.actors().get(j);
				pairs.add(pair(first, second, votes.get(first), votes.get(second)));
			}
		}
		return new Agreement(query.actors(), query.topicId(), query.knownAt(), pairs);
	}

	/**
	 * An actor's votes by roll call, only on the roll calls {@code about} a topic unless
	 * null.
	 */
	private Map<String, Cast> votes(ActorId actor, Instant knownAt, Set<String> about) {
		Map<String, Cast> votes = new HashMap<>();
		jdbc.query(VOTES, Map.of("actor", actor.value(), "knownAt", FactViews.timestamp(knownAt)),
				(RowCallbackHandler) rs -> {
					String rollCall = rs.getString("instrument_id");
					if (about == null || about.contains(rollCall)) {
						votes.put(rollCall, new Cast(rs.getInt("vote_year"), Vote.valueOf(rs.getString("vote"))));
					}
				});
		return votes;
	}

	/**
	 * Counts, per year and in all, the roll calls both voted on by how alike they voted.
	 */
	private static Agreement.Pair pair(ActorId first, ActorId second, Map<String, Cast> firstVotes,
			Map<String, Cast> secondVotes) {
		Map<Integer, int[]> years = new TreeMap<>();
		int[] all = new int[3];
		firstVotes.forEach((rollCall, cast) -> {
			Cast other = secondVotes.get(rollCall);
			if (other != null) {
				int kind = cast.vote() == other.vote() ? 0
						: cast.vote() == Vote.ABSTAIN || other.vote() == Vote.ABSTAIN ? 1 : 2;
				years.computeIfAbsent(cast.year(), year -> new int[3])[kind]++;
				all[kind]++;
			}
		});
		return new Agreement.Pair(first, second, Agreement.Counts.of(all[0], all[1], all[2]),
				years.entrySet()
					.stream()
					.map(year -> new Agreement.Year(year.getKey(),
							Agreement.Counts.of(year.getValue()[0], year.getValue()[1], year.getValue()[2])))
					.toList());
	}

}

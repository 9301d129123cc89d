package org.policyledger.read.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.policyledger.api.ActorId;
import org.policyledger.api.AdoptionMethod;
import org.policyledger.api.ConsentMeans;
import org.policyledger.api.FactId;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.PartialDate;
import org.policyledger.api.SourceId;
import org.policyledger.api.SourceKind;
import org.policyledger.api.Speaker;
import org.policyledger.api.SponsorRole;
import org.policyledger.api.Stance;
import org.policyledger.api.Tally;
import org.policyledger.api.TopicId;
import org.policyledger.api.Vote;
import org.policyledger.api.query.FactStatus;
import org.policyledger.api.query.FactView;
import org.policyledger.api.query.QuoteStatus;
import org.policyledger.api.query.SourceCitation;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Reads fact versions as {@link FactView}s with their cited sources. Every query of the
 * read side that returns facts runs its statement through here, so a fact looks the same
 * everywhere.
 */
@Component
public class FactViews {

	/** A fact's current version, with when and by whom it was recorded. */
	private static final String CURRENT_VERSION = """
			select v.* from rm_fact_version v
			where v.fact_id = :fact and v.known_until is null
			""";

	/** The sources the given facts cite, in citation order, with their quote checks. */
	private static final String CITATIONS = """
			select c.fact_id, c.locator, coalesce(q.quote_status, 'NO_ARCHIVE') as quote_status, s.*
			from rm_citation c join rm_source s on s.source_id = c.source_id
			left join rm_quote_check q on q.fact_id = c.fact_id and q.position = c.position
			where c.fact_id = any(:facts) order by c.fact_id, c.position
			""";

	private final NamedParameterJdbcTemplate named;

	FactViews(NamedParameterJdbcTemplate named) {
		this.named = named;
	}

	/**
	 * The fact versions a whole statement selects, with their sources; statuses as of
	 * {@code statusAt}. The statement selects {@code v.*} from rm_fact_version {@code v}.
	 */
	public List<FactView> query(String sql, Map<String, ?> parameters, Instant statusAt) {
		return views(rows(sql, parameters), statusAt);
	}

	/**
	 * The fact versions a whole statement selects, as {@link #query} reads them, before
	 * their sources: a caller that keeps only some of them reads the sources of those.
	 */
	public List<Row> rows(String sql, Map<String, ?> parameters) {
		return named.query(sql, parameters, (rs, i) -> row(rs));
	}

	/**
	 * Ids as one array parameter, for {@code = any(:ids)}: the statement's text is the
	 * same for any number of ids, so the database parses and plans it once, where an
	 * {@code in} list of each length is a statement of its own.
	 */
	public static SqlArrayValue ids(List<String> values) {
		return new SqlArrayValue("varchar", values.toArray());
	}

	/** An instant as the read model's timestamp columns hold it. */
	public static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * The rows as fact views with their sources, in order; statuses as of
	 * {@code statusAt}.
	 */
	public List<FactView> views(List<Row> rows, Instant statusAt) {
		Map<String, List<SourceCitation>> citations = citations(rows.stream().map(Row::factId).toList());
		return rows.stream().map(row -> row.view(statusAt, citations.getOrDefault(row.factId(), List.of()))).toList();
	}

	/** The sources each fact cites, in citation order. */
	public Map<String, List<SourceCitation>> citations(List<String> factIds) {
		Map<String, List<SourceCitation>> byFact = new HashMap<>();
		if (factIds.isEmpty()) {
			return byFact;
		}
		named.query(CITATIONS, Map.of("facts", ids(factIds.stream().distinct().toList())), rs -> {
			byFact.computeIfAbsent(rs.getString("fact_id"), id -> new ArrayList<>())
				.add(new SourceCitation(SourceId.of(rs.getString("source_id")), rs.getString("publisher"),
						rs.getString("title"), PartialDate.parse(rs.getString("published")), rs.getString("url"),
						rs.getString("locator"), id(rs.getString("kind"), SourceKind::valueOf),
						QuoteStatus.valueOf(rs.getString("quote_status"))));
		});
		return byFact;
	}

	FactVersion currentVersion(FactId factId) {
		return named.queryForObject(CURRENT_VERSION, Map.of("fact", factId.value()), (rs, i) -> row(rs).version);
	}

	private static Row row(ResultSet rs) throws SQLException {
		Integer yes = (Integer) rs.getObject("tally_yes");
		String topics = rs.getString("policy_topics");
		String speakerName = rs.getString("speaker_name");
		FactVersion version = new FactVersion(FactId.of(rs.getString("fact_id")), rs.getInt("version"),
				instant(rs, "known_from"), id(rs.getString("amended_by"), FactId::of), rs.getBoolean("retracted"),
				ActorId.of(rs.getString("actor_id")), rs.getString("fact_type"),
				id(rs.getString("topic_id"), TopicId::of), id(rs.getString("instrument_id"), InstrumentId::of),
				new PartialDate(rs.getObject("valid_start", LocalDate.class),
						PartialDate.Precision.valueOf(rs.getString("valid_precision"))),
				id(rs.getString("stance"), Stance::valueOf), rs.getString("summary"), rs.getString("quote"),
				speakerName == null ? null : new Speaker(speakerName, rs.getString("speaker_role")),
				rs.getString("venue"), rs.getString("note"), id(rs.getString("vote"), Vote::valueOf),
				id(rs.getString("adoption_method"), AdoptionMethod::valueOf),
				id(rs.getString("consent_means"), ConsentMeans::valueOf),
				id(rs.getString("sponsor_role"), SponsorRole::valueOf),
				yes == null ? null : new Tally(yes, rs.getInt("tally_no"), rs.getInt("tally_abstain")),
				topics == null || topics.isEmpty() ? List.of()
						: Arrays.stream(topics.split(",")).map(TopicId::of).toList(),
				instant(rs, "recorded_at"), rs.getString("recorded_by"));
		return new Row(version, instant(rs, "known_until"));
	}

	/** A timestamp column as an instant, or null. */
	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static <T> T id(String value, Function<String, T> parse) {
		return value == null ? null : parse.apply(value);
	}

	/** A fact version as read, before its sources. */
	public static final class Row {

		private final FactVersion version;

		private final Instant knownUntil;

		private Row(FactVersion version, Instant knownUntil) {
			this.version = version;
			this.knownUntil = knownUntil;
		}

		public String factId() {
			return version.factId().value();
		}

		public ActorId actorId() {
			return version.actorId();
		}

		public PartialDate validTime() {
			return version.validTime();
		}

		public InstrumentId instrumentId() {
			return version.instrumentId();
		}

		/** The fact's type: the name of its event. */
		public String type() {
			return version.type();
		}

		FactView view(Instant statusAt, List<SourceCitation> sources) {
			FactVersion v = version;
			FactStatus status = v.retracted() ? FactStatus.RETRACTED
					: knownUntil != null && !knownUntil.isAfter(statusAt) ? FactStatus.SUPERSEDED
							: v.version() > 0 ? FactStatus.CORRECTED : FactStatus.AS_RECORDED;
			return new FactView(v.factId(), v.type(), v.actorId(), v.topicId(), v.instrumentId(), v.validTime(),
					v.stance(), v.summary(), v.quote(), v.speaker(), v.venue(), v.note(), v.vote(), v.method(),
					v.means(), v.role(), v.tally(), v.topics(), v.version(), status, v.amendedBy(), v.knownFrom(),
					v.recordedAt(), v.recordedBy(), sources);
		}

	}

}

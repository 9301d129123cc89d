package org.policyledger.read.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.eventhandling.ResetHandler;
import org.policyledger.api.Citation;
import org.policyledger.api.FactCorrected;
import org.policyledger.api.FactEvent;
import org.policyledger.api.FactId;
import org.policyledger.api.Recorder;
import org.policyledger.api.FactRetracted;
import org.policyledger.api.GovernanceFact;
import org.policyledger.api.LedgerId;
import org.policyledger.api.PositionStated;
import org.policyledger.api.SourceArchived;
import org.policyledger.api.SourceId;
import org.policyledger.api.SourceRegistered;
import org.policyledger.api.TopicId;
import org.policyledger.api.query.QuoteStatus;
import org.policyledger.read.ProjectionWriter;
import org.policyledger.read.ReadModel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects facts into rm_fact, rm_fact_version, rm_citation and rm_actor_topic, and
 * sources' archived texts into rm_source_archive and rm_archive_text, through the
 * {@link ProjectionWriter}. Each citation's quote is checked (rm_quote_check) against the
 * latest archived text of its source when the fact is projected, or against the first one
 * archived after it; a citation whose source has no archive has no check. A fact none of
 * whose sources is primary is listed in rm_secondary_only. A correction or retraction
 * closes the amended fact's current version at its recording time and opens the next one;
 * nothing is updated in place but that closing time. A version still staged in the batch
 * is closed in its staged row.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class FactProjection {

	private static final String INSERT_VERSION = "insert into rm_fact_version (fact_id, version, known_from,"
			+ " known_until, amended_by, retracted, actor_id, fact_type, topic_id, instrument_id, valid_start,"
			+ " valid_end, valid_precision, stance, summary, quote, speaker_name, speaker_role, venue, note, vote,"
			+ " adoption_method, consent_means, sponsor_role, tally_yes, tally_no, tally_abstain, policy_topics, worded,"
			+ " recorded_at, recorded_by)"
			+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final int KNOWN_UNTIL = 3;

	private static final String INSERT_CHECK = "insert into rm_quote_check (fact_id, position, source_id,"
			+ " archive_version, quote_status, quote_offset, quote_length, context_start, quote_context)"
			+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

	/**
	 * A source's stored citations not checked yet: it had no archive when they were
	 * projected.
	 */
	private static final String UNCHECKED_CITATIONS = """
			select c.fact_id, c.position, c.locator from rm_citation c
			where c.source_id = :source
			  and not exists (select 1 from rm_quote_check q where q.fact_id = c.fact_id and q.position = c.position)
			""";

	/** The latest archived text of each source archived in this batch. */
	private static final String STAGED_ARCHIVES = FactProjection.class.getName() + ".archives";

	/** The citations staged in this batch whose source had no archive, by source. */
	private static final String STAGED_UNCHECKED = FactProjection.class.getName() + ".unchecked";

	/** A citation, as its quote is checked. */
	private record Quoted(String factId, int position, SourceId source, String locator) {
	}

	/**
	 * The current version of each fact whose row is staged in this batch, with the row.
	 */
	private static final String STAGED_VERSIONS = FactProjection.class.getName() + ".versions";

	private record StagedVersion(FactVersion version, Object[] row) {
	}

	private final JdbcTemplate jdbc;

	private final FactViews views;

	private final ProjectionWriter writer;

	private final ArchivedTexts archives;

	private final SourceKinds kinds;

	private final NamedParameterJdbcTemplate named;

	FactProjection(JdbcTemplate jdbc, FactViews views, ProjectionWriter writer, ArchivedTexts archives,
			SourceKinds kinds, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.views = views;
		this.writer = writer;
		this.archives = archives;
		this.kinds = kinds;
		this.named = named;
	}

	@EventHandler
	void on(GovernanceFact fact, @MetaDataValue(Recorder.META_DATA_KEY) String recordedBy) {
		recordFact(fact, null, null, recordedBy);
		insert(FactVersion.of(fact, recordedBy));
		if (fact.sources().stream().noneMatch(citation -> kinds.primary(citation.source()))) {
			writer.write("insert into rm_secondary_only (fact_id) values (?)", fact.factId().value());
		}
		if (fact instanceof PositionStated position) {
			writer.write(
					"insert into rm_actor_topic (actor_id, topic_id) select ?, ? where not exists"
							+ " (select 1 from rm_actor_topic where actor_id = ? and topic_id = ?)",
					position.actorId().value(), position.topicId().value(), position.actorId().value(),
					position.topicId().value());
		}
	}

	@EventHandler
	void on(FactCorrected correction, @MetaDataValue(Recorder.META_DATA_KEY) String recordedBy) {
		FactVersion current = current(correction.correctedFactId());
		recordFact(correction, correction.correctedFactId(), correction.reason(), recordedBy);
		supersede(current, correction.recordedAt());
		insert(current.amended(correction.amendment(), correction.factId(), correction.recordedAt()));
	}

	@EventHandler
	void on(FactRetracted retraction, @MetaDataValue(Recorder.META_DATA_KEY) String recordedBy) {
		FactVersion current = current(retraction.retractedFactId());
		recordFact(retraction, retraction.retractedFactId(), retraction.reason(), recordedBy);
		supersede(current, retraction.recordedAt());
		insert(current.retracted(retraction.factId(), retraction.recordedAt()));
	}

	@EventHandler
	void on(SourceRegistered registered) {
		kinds.registered(registered.sourceId(), registered.kind());
	}

	/**
	 * A source's text archived: kept by its hash, and, for its first version, the
	 * citations of the source that had no archive checked against it (from then on every
	 * citation is checked as it is projected). Citations checked against an earlier
	 * version keep that check.
	 */
	@EventHandler
	void on(SourceArchived archived) {
		writer.write(
				"insert into rm_source_archive (source_id, version, sha256, media_type, url, retrieved_at,"
						+ " recorded_at, characters) values (?, ?, ?, ?, ?, ?, ?, ?)",
				archived.sourceId().value(), archived.version(), archived.sha256(), archived.mediaType(),
				archived.url(), archived.retrievedAt() == null ? null : FactViews.timestamp(archived.retrievedAt()),
				FactViews.timestamp(archived.recordedAt()), archived.text().length());
		writer.write(
				"insert into rm_archive_text (sha256, content) select ?, ? where not exists"
						+ " (select 1 from rm_archive_text where sha256 = ?)",
				archived.sha256(), archived.text(), archived.sha256());
		archives.forget(archived.sourceId());
		ArchivedTexts.Latest latest = new ArchivedTexts.Latest(archived.version(),
				new QuoteMatcher.Text(archived.text()));
		Map<SourceId, ArchivedTexts.Latest> staged = writer.staged(STAGED_ARCHIVES, HashMap::new);
		if (staged != null) {
			staged.put(archived.sourceId(), latest);
		}
		if (archived.version() > 1) {
			return;
		}
		Map<SourceId, List<Quoted>> unchecked = writer.staged(STAGED_UNCHECKED, HashMap::new);
		List<Quoted> waiting = unchecked == null ? null : unchecked.remove(archived.sourceId());
		if (waiting != null) {
			waiting.forEach(quoted -> check(quoted, latest));
		}
		named
			.query(UNCHECKED_CITATIONS, Map.of("source", archived.sourceId().value()),
					(rs, i) -> new Quoted(rs.getString("fact_id"), rs.getInt("position"), archived.sourceId(),
							rs.getString("locator")))
			.forEach(quoted -> check(quoted, latest));
	}

	@ResetHandler
	void reset() {
		writer.empty(List.of("rm_actor_topic", "rm_quote_check", "rm_secondary_only", "rm_citation", "rm_fact_version",
				"rm_fact", "rm_source_archive", "rm_archive_text"));
		archives.clear();
		kinds.clear();
	}

	private void recordFact(FactEvent fact, FactId target, String reason, String recordedBy) {
		writer.write(
				"insert into rm_fact (fact_id, actor_id, fact_type, target_fact_id, reason, source_count,"
						+ " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
				fact.factId().value(), fact.actorId().value(), fact.getClass().getSimpleName(), value(target), reason,
				fact.sources().stream().map(Citation::source).distinct().count(),
				FactViews.timestamp(fact.recordedAt()), recordedBy);
		List<Citation> sources = fact.sources();
		for (int i = 0; i < sources.size(); i++) {
			Quoted quoted = new Quoted(fact.factId().value(), i, sources.get(i).source(), sources.get(i).locator());
			writer.write("insert into rm_citation (fact_id, position, source_id, locator) values (?, ?, ?, ?)",
					quoted.factId(), i, quoted.source().value(), quoted.locator());
			ArchivedTexts.Latest latest = latestArchive(quoted.source());
			if (latest != null) {
				check(quoted, latest);
			}
			else {
				Map<SourceId, List<Quoted>> unchecked = writer.staged(STAGED_UNCHECKED, HashMap::new);
				if (unchecked != null) {
					unchecked.computeIfAbsent(quoted.source(), s -> new ArrayList<>()).add(quoted);
				}
			}
		}
	}

	/** The source's latest archive: archived in this batch, or stored. */
	private ArchivedTexts.Latest latestArchive(SourceId source) {
		Map<SourceId, ArchivedTexts.Latest> staged = writer.staged(STAGED_ARCHIVES, HashMap::new);
		ArchivedTexts.Latest latest = staged == null ? null : staged.get(source);
		return latest != null ? latest : archives.latest(source);
	}

	/** Checks a citation's quote against an archived version of its source. */
	private void check(Quoted quoted, ArchivedTexts.Latest archive) {
		QuoteMatcher.Match match = QuoteMatcher.find(archive.text(), quoted.locator());
		writer.write(INSERT_CHECK, quoted.factId(), quoted.position(), quoted.source().value(), archive.version(),
				(match.found() ? QuoteStatus.VERIFIED : QuoteStatus.NOT_FOUND).name(), match.offset(), match.length(),
				match.contextStart(), match.context());
	}

	/** The fact's current version: staged in this batch, or stored. */
	private FactVersion current(FactId factId) {
		Map<FactId, StagedVersion> staged = writer.staged(STAGED_VERSIONS, HashMap::new);
		StagedVersion version = staged == null ? null : staged.get(factId);
		return version != null ? version.version() : views.currentVersion(factId);
	}

	/** Closes the fact's current version at the given time. */
	private void supersede(FactVersion current, Instant at) {
		Map<FactId, StagedVersion> staged = writer.staged(STAGED_VERSIONS, HashMap::new);
		StagedVersion version = staged == null ? null : staged.get(current.factId());
		if (version != null) {
			version.row()[KNOWN_UNTIL] = FactViews.timestamp(at);
		}
		else {
			writer.write("update rm_fact_version set known_until = ? where fact_id = ? and version = ?",
					FactViews.timestamp(at), current.factId().value(), current.version());
		}
	}

	private void insert(FactVersion v) {
		boolean worded = Stream.of(v.summary(), v.quote(), v.speaker(), v.venue(), v.note()).anyMatch(Objects::nonNull);
		Object[] row = { v.factId().value(), v.version(), FactViews.timestamp(v.knownFrom()), null,
				value(v.amendedBy()), v.retracted(), v.actorId().value(), v.type(), value(v.topicId()),
				value(v.instrumentId()), v.validTime().start(), v.validTime().end(), v.validTime().precision().name(),
				name(v.stance()), v.summary(), v.quote(), v.speaker() == null ? null : v.speaker().name(),
				v.speaker() == null ? null : v.speaker().role(), v.venue(), v.note(), name(v.vote()), name(v.method()),
				name(v.means()), name(v.role()), v.tally() == null ? null : v.tally().yes(),
				v.tally() == null ? null : v.tally().no(), v.tally() == null ? null : v.tally().abstain(),
				v.topics().stream().map(TopicId::value).collect(Collectors.joining(",")), worded,
				FactViews.timestamp(v.recordedAt()), v.recordedBy() };
		writer.write(INSERT_VERSION, row);
		Map<FactId, StagedVersion> staged = writer.staged(STAGED_VERSIONS, HashMap::new);
		if (staged != null) {
			staged.put(v.factId(), new StagedVersion(v, row));
		}
	}

	private static String value(LedgerId id) {
		return id == null ? null : id.value();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}

package org.policyledger.read.facts;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.policyledger.api.TopicId;
import org.policyledger.read.ProjectionWriter;
import org.policyledger.read.ReadModel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects facts into rm_fact, rm_fact_version, rm_citation and rm_actor_topic, through
 * the {@link ProjectionWriter}. A correction or retraction closes the amended fact's
 * current version at its recording time and opens the next one; nothing is updated in
 * place but that closing time. A version still staged in the batch is closed in its
 * staged row.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class FactProjection {

	private static final String INSERT_VERSION = "insert into rm_fact_version (fact_id, version, known_from,"
			+ " known_until, amended_by, retracted, actor_id, fact_type, topic_id, instrument_id, valid_start,"
			+ " valid_end, valid_precision, stance, summary, quote, speaker_name, speaker_role, venue, note, vote,"
			+ " adoption_method, consent_means, sponsor_role, tally_yes, tally_no, tally_abstain, policy_topics)"
			+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final int KNOWN_UNTIL = 3;

	/**
	 * The current version of each fact whose row is staged in this batch, with the row.
	 */
	private static final String STAGED_VERSIONS = FactProjection.class.getName() + ".versions";

	private record StagedVersion(FactVersion version, Object[] row) {
	}

	private final JdbcTemplate jdbc;

	private final FactViews views;

	private final ProjectionWriter writer;

	FactProjection(JdbcTemplate jdbc, FactViews views, ProjectionWriter writer) {
		this.jdbc = jdbc;
		this.views = views;
		this.writer = writer;
	}

	@EventHandler
	void on(GovernanceFact fact, @MetaDataValue(Recorder.META_DATA_KEY) String recordedBy) {
		recordFact(fact, null, null, recordedBy);
		insert(FactVersion.of(fact));
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

	@ResetHandler
	void reset() {
		List.of("rm_actor_topic", "rm_citation", "rm_fact_version", "rm_fact")
			.forEach(table -> jdbc.update("delete from " + table));
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
			writer.write("insert into rm_citation (fact_id, position, source_id, locator) values (?, ?, ?, ?)",
					fact.factId().value(), i, sources.get(i).source().value(), sources.get(i).locator());
		}
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
		Object[] row = { v.factId().value(), v.version(), FactViews.timestamp(v.knownFrom()), null,
				value(v.amendedBy()), v.retracted(), v.actorId().value(), v.type(), value(v.topicId()),
				value(v.instrumentId()), v.validTime().start(), v.validTime().end(), v.validTime().precision().name(),
				name(v.stance()), v.summary(), v.quote(), v.speaker() == null ? null : v.speaker().name(),
				v.speaker() == null ? null : v.speaker().role(), v.venue(), v.note(), name(v.vote()), name(v.method()),
				name(v.means()), name(v.role()), v.tally() == null ? null : v.tally().yes(),
				v.tally() == null ? null : v.tally().no(), v.tally() == null ? null : v.tally().abstain(),
				v.topics().stream().map(TopicId::value).collect(Collectors.joining(",")) };
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

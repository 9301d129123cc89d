package org.policyledger.read.facts;

import java.time.Instant;
import java.util.List;

import org.policyledger.api.ActorId;
import org.policyledger.api.AdoptionMethod;
import org.policyledger.api.ConsentMeans;
import org.policyledger.api.Amendment;
import org.policyledger.api.FactId;
import org.policyledger.api.GovernanceFact;
import org.policyledger.api.InstrumentFact;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.PartialDate;
import org.policyledger.api.PolicyPublished;
import org.policyledger.api.PositionStated;
import org.policyledger.api.ResolutionAdopted;
import org.policyledger.api.ResolutionSponsored;
import org.policyledger.api.Speaker;
import org.policyledger.api.SponsorRole;
import org.policyledger.api.Stance;
import org.policyledger.api.Tally;
import org.policyledger.api.TopicId;
import org.policyledger.api.TreatyRatified;
import org.policyledger.api.Vote;
import org.policyledger.api.VoteCast;

/**
 * A row of rm_fact_version: a governance fact as known from {@code knownFrom} on. Every
 * version carries when and by whom its fact was recorded.
 */
record FactVersion(FactId factId, int version, Instant knownFrom, FactId amendedBy, boolean retracted, ActorId actorId,
		String type, TopicId topicId, InstrumentId instrumentId, PartialDate validTime, Stance stance, String summary,
		String quote, Speaker speaker, String venue, String note, Vote vote, AdoptionMethod method, ConsentMeans means,
		SponsorRole role, Tally tally, List<TopicId> topics, Instant recordedAt, String recordedBy) {

	static FactVersion of(GovernanceFact fact, String recordedBy) {
		PositionStated position = fact instanceof PositionStated p ? p : null;
		InstrumentFact about = fact instanceof InstrumentFact i ? i : null;
		PolicyPublished policy = fact instanceof PolicyPublished p ? p : null;
		ResolutionAdopted adoption = fact instanceof ResolutionAdopted r ? r : null;
		String summary = position != null ? position.summary() : policy != null ? policy.summary() : null;
		return new FactVersion(fact.factId(), 0, fact.recordedAt(), null, false, fact.actorId(),
				fact.getClass().getSimpleName(), position == null ? null : position.topicId(),
				about == null ? null : about.instrumentId(), fact.validTime(),
				position == null ? null : position.stance(), summary, position == null ? null : position.quote(),
				position == null ? null : position.speaker(), position == null ? null : position.venue(),
				about == null ? null : about.note(), fact instanceof VoteCast v ? v.vote() : null,
				adoption == null ? null : adoption.method(), fact instanceof TreatyRatified r ? r.means() : null,
				fact instanceof ResolutionSponsored s ? s.role() : null, adoption == null ? null : adoption.tally(),
				policy == null ? List.of() : policy.topics(), fact.recordedAt(), recordedBy);
	}

	/** The next version: the amendment's fields replace this version's. */
	FactVersion amended(Amendment amendment, FactId by, Instant at) {
		return new FactVersion(factId, version + 1, at, by, false, actorId, type, topicId, instrumentId,
				or(amendment.validTime(), validTime), or(amendment.stance(), stance), or(amendment.summary(), summary),
				quote, speaker, venue, note, or(amendment.vote(), vote), method, means, role,
				or(amendment.tally(), tally), topics, recordedAt, recordedBy);
	}

	/** The next version: this one, withdrawn. */
	FactVersion retracted(FactId by, Instant at) {
		return new FactVersion(factId, version + 1, at, by, true, actorId, type, topicId, instrumentId, validTime,
				stance, summary, quote, speaker, venue, note, vote, method, means, role, tally, topics, recordedAt,
				recordedBy);
	}

	private static <T> T or(T amended, T current) {
		return amended != null ? amended : current;
	}

}

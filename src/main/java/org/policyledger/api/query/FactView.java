package org.policyledger.api.query;

import java.time.Instant;
import java.util.List;

import org.policyledger.api.ActorId;
import org.policyledger.api.AdoptionMethod;
import org.policyledger.api.ConsentMeans;
import org.policyledger.api.FactId;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.PartialDate;
import org.policyledger.api.Speaker;
import org.policyledger.api.SponsorRole;
import org.policyledger.api.Stance;
import org.policyledger.api.Tally;
import org.policyledger.api.TopicId;
import org.policyledger.api.Vote;

/**
 * One version of a governance fact, with its sources. {@code recordedAt} is when the fact
 * was first recorded and {@code recordedBy} who recorded it, {@code knownFrom} when this
 * version began (a correction's time).
 */
public record FactView(FactId factId, String type, ActorId actorId, TopicId topicId, InstrumentId instrumentId,
		PartialDate validTime, Stance stance, String summary, String quote, Speaker speaker, String venue, String note,
		Vote vote, AdoptionMethod method, ConsentMeans means, SponsorRole role, Tally tally, List<TopicId> topics,
		int version, FactStatus status, FactId amendedBy, Instant knownFrom, Instant recordedAt, String recordedBy,
		List<SourceCitation> sources) {

}

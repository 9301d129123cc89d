package org.policyledger.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policyledger.api.ActorId;
import org.policyledger.api.FactId;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.SourceId;
import org.policyledger.api.TopicId;
import org.policyledger.api.query.ActorStancesQuery;
import org.policyledger.api.query.AmendmentPage;
import org.policyledger.api.query.AmendmentsQuery;
import org.policyledger.api.query.CatalogPage;
import org.policyledger.api.query.CatalogQuery;
import org.policyledger.api.query.FactPage;
import org.policyledger.api.query.InstrumentStatus;
import org.policyledger.api.query.InstrumentStatusQuery;
import org.policyledger.api.query.Provenance;
import org.policyledger.api.query.ProvenanceQuery;
import org.policyledger.api.query.SingleSourcedFactsQuery;
import org.policyledger.api.query.Agreement;
import org.policyledger.api.query.AgreementQuery;
import org.policyledger.api.query.ArchiveText;
import org.policyledger.api.query.ArchiveTextQuery;
import org.policyledger.api.query.ArchiveVersion;
import org.policyledger.api.query.ChangedSource;
import org.policyledger.api.query.ChangedSourcesQuery;
import org.policyledger.api.query.Conflict;
import org.policyledger.api.query.ConflictsQuery;
import org.policyledger.api.query.Evidence;
import org.policyledger.api.query.EvidenceQuery;
import org.policyledger.api.query.QuoteAuditQuery;
import org.policyledger.api.query.QuoteStatus;
import org.policyledger.api.query.SecondaryOnlyFactsQuery;
import org.policyledger.api.query.SourceArchivesQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;

import org.policyledger.api.query.SourceCitationsQuery;
import org.policyledger.api.query.StanceAnswer;
import org.policyledger.api.query.StanceQuery;
import org.policyledger.api.query.StanceReport;
import org.policyledger.api.query.Timeline;
import org.policyledger.api.query.TimelineQuery;
import org.policyledger.api.query.VotingRecord;
import org.policyledger.api.query.VotingRecordQuery;
import org.policyledger.read.InvalidParameterException;
import org.policyledger.read.TimeParameters;
import org.policyledger.api.query.TopicStancesQuery;
import org.policyledger.api.query.FactSearchQuery;
import org.policyledger.api.query.TopicVotes;
import org.policyledger.api.query.TopicVotesQuery;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API. {@code asOf} is a day of valid time (default today), {@code knownAt} an
 * instant of recording time (default now); see docs/queries.md. Read models follow the
 * event store within moments of a write.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "queries", description = "Stances as of a date, timelines, instruments, provenance")
class ReadController {

	private static final String AS_OF = "Day of valid time, YYYY-MM-DD; default today";

	private static final String KNOWN_AT = "Recording time: an instant (2025-01-01T00:00:00Z) or a day; default now";

	/** The most items a page of a list answer holds. */
	private static final int PAGE_LIMIT = 1_000;

	private static final String CURSOR_PAGE = "The page holds limit facts (at most " + PAGE_LIMIT
			+ ") after the fact id given as after; next is the after of the following page, absent on the last one.";

	private static final String AFTER = "The fact id the page starts after (a page's next); default: from the first";

	private final Reads reads;

	private final TimeParameters time;

	ReadController(Reads reads, TimeParameters time) {
		this.reads = reads;
		this.time = time;
	}

	@GetMapping("/{kind:actors|topics|instruments|sources}")
	@Operation(summary = "List registered actors, topics, instruments or sources, in id order, a page at a time",
			description = "Every entry, or those whose id, name (title), aliases, description or publisher contain"
					+ " q, ignoring case; total counts them, the page holds limit of them (at most " + PAGE_LIMIT
					+ ") from offset.")
	CatalogPage list(@PathVariable String kind,
			@Parameter(description = "Text to look for, ignoring case") @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
		requirePage(offset, limit);
		return reads.ask(new CatalogQuery(CatalogQuery.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
				q == null || q.isBlank() ? null : q.strip(), offset, limit), CatalogPage.class);
	}

	@GetMapping("/actors/{actorId}/stances")
	@Operation(summary = "An actor's stance on every topic as of a day (current stances by default)")
	StanceReport actorStances(@PathVariable String actorId, @Parameter(description = AS_OF) String asOf,
			@Parameter(description = KNOWN_AT) String knownAt) {
		return reads.ask(new ActorStancesQuery(ActorId.of(actorId), time.asOf(asOf), time.knownAt(knownAt)),
				StanceReport.class);
	}

	@GetMapping("/actors/{actorId}/stances/{topicId}")
	@Operation(summary = "An actor's stance on a topic as of a day, as known at an instant")
	StanceAnswer stance(@PathVariable String actorId, @PathVariable String topicId,
			@Parameter(description = AS_OF) String asOf, @Parameter(description = KNOWN_AT) String knownAt) {
		return reads.ask(
				new StanceQuery(ActorId.of(actorId), TopicId.of(topicId), time.asOf(asOf), time.knownAt(knownAt)),
				StanceAnswer.class);
	}

	@GetMapping("/actors/{actorId}/timeline")
	@Operation(
			summary = "Everything an actor did and said, in valid-time order, a page at a time, with its stance"
					+ " shifts",
			description = "Facts whose valid time overlaps from..to (days, both optional), as known at knownAt;"
					+ " total counts them all, the page holds limit of them (default " + TimelineQuery.DEFAULT_LIMIT
					+ ", at most " + TimelineQuery.MAX_LIMIT + ") from offset. Shifts cover the whole range.")
	Timeline timeline(@PathVariable String actorId, @Parameter(description = KNOWN_AT) String knownAt,
			@Parameter(description = "First day of valid time (default: open)") String from,
			@Parameter(description = "Last day of valid time (default: open)") String to,
			@RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "" + TimelineQuery.DEFAULT_LIMIT) int limit) {
		requirePage(offset, limit, TimelineQuery.MAX_LIMIT);
		LocalDate first = time.day("from", from);
		LocalDate last = time.day("to", to);
		if (first != null && last != null && first.isAfter(last)) {
			throw new InvalidParameterException("from/to", from + "/" + to, "expected from on or before to");
		}
		return reads.ask(new TimelineQuery(ActorId.of(actorId), time.knownAt(knownAt), first, last, offset, limit),
				Timeline.class);
	}

	@GetMapping("/actors/{actorId}/votes")
	@Operation(summary = "An actor's recorded votes counted per year, with the share of yes votes",
			description = "Only roll calls about the topic, when one is given.")
	VotingRecord votes(@PathVariable String actorId,
			@Parameter(description = "Only roll calls about this topic") @RequestParam(required = false) String topic,
			@Parameter(description = KNOWN_AT) String knownAt) {
		return reads.ask(new VotingRecordQuery(ActorId.of(actorId), topic == null ? null : TopicId.of(topic),
				time.knownAt(knownAt)), VotingRecord.class);
	}

	@GetMapping("/topics/{topicId}/stances")
	@Operation(summary = "Every actor's stance on a topic as of a day, or a comparison of the actors listed")
	StanceReport topicStances(@PathVariable String topicId, @Parameter(
			description = "Actors to compare, comma-separated; default every actor with a stance") @RequestParam(
					required = false) String actors,
			@Parameter(description = AS_OF) String asOf, @Parameter(description = KNOWN_AT) String knownAt) {
		return reads.ask(
				new TopicStancesQuery(TopicId.of(topicId), actorList(actors), time.asOf(asOf), time.knownAt(knownAt)),
				StanceReport.class);
	}

	@GetMapping("/topics/{topicId}/votes")
	@Operation(summary = "Every actor's votes in one year on roll calls about a topic, with the share of yes votes",
			description = "The numbers behind the page's map of yes shares; actors that cast no vote are left out.")
	TopicVotes topicVotes(@PathVariable String topicId,
			@Parameter(description = "The year, from 1 to 9999") @RequestParam int year,
			@Parameter(description = KNOWN_AT) String knownAt) {
		if (year < 1 || year > 9999) {
			throw new InvalidParameterException("year", String.valueOf(year), "expected a year from 1 to 9999");
		}
		return reads.ask(new TopicVotesQuery(TopicId.of(topicId), year, time.knownAt(knownAt)), TopicVotes.class);
	}

	@GetMapping("/votes/agreement")
	@Operation(summary = "How alike two or more actors voted on roll calls, pair by pair and year by year",
			description = "Over the roll calls both voted on: the same vote counts 1, a yes or no against an"
					+ " abstention one half, yes against no 0; the score is the mean (docs/queries.md).")
	Agreement agreement(@Parameter(
			description = "2 to " + AgreementQuery.MAX_ACTORS + " actors, comma-separated") @RequestParam String actors,
			@Parameter(description = "Only roll calls about this topic") @RequestParam(required = false) String topic,
			@Parameter(description = KNOWN_AT) String knownAt) {
		List<ActorId> actorIds = actorList(actors);
		if (actorIds.size() < 2 || actorIds.size() > AgreementQuery.MAX_ACTORS) {
			throw new IllegalArgumentException("actors must list 2 to " + AgreementQuery.MAX_ACTORS
					+ " different actors, comma-separated; got " + actorIds.size());
		}
		return reads.ask(new AgreementQuery(actorIds, topic == null ? null : TopicId.of(topic), time.knownAt(knownAt)),
				Agreement.class);
	}

	/** Actor ids given comma-separated, each once; none when left out. */
	private static List<ActorId> actorList(String actors) {
		return actors == null || actors.isBlank() ? List.of()
				: Arrays.stream(actors.split(",")).map(String::trim).map(ActorId::of).distinct().toList();
	}

	@GetMapping("/instruments/{instrumentId}/status")
	@Operation(summary = "Signatories, decliners, members and votes of an instrument as of a day")
	InstrumentStatus instrument(@PathVariable String instrumentId, @Parameter(description = AS_OF) String asOf,
			@Parameter(description = KNOWN_AT) String knownAt) {
		return reads.ask(
				new InstrumentStatusQuery(InstrumentId.of(instrumentId), time.asOf(asOf), time.knownAt(knownAt)),
				InstrumentStatus.class);
	}

	@GetMapping("/facts/{factId}")
	@Operation(summary = "A fact's provenance: its versions, sources, recording time and every amendment")
	Provenance provenance(@PathVariable String factId) {
		return reads.ask(new ProvenanceQuery(FactId.of(factId)), Provenance.class);
	}

	@GetMapping("/amendments")
	@Operation(summary = "Every correction and retraction recorded in a period, oldest first, with reasons and"
			+ " recorders, a page at a time")
	AmendmentPage amendments(@Parameter(description = "From this instant (default: the first)") String from,
			@Parameter(description = "Until this instant, exclusive (default: now)") String to,
			@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
		requirePage(offset, limit);
		return reads.ask(new AmendmentsQuery(time.instant("from", from, Instant.EPOCH),
				time.instant("to", to, time.now()), offset, limit), AmendmentPage.class);
	}

	@GetMapping("/sources/{sourceId}/facts")
	@Operation(summary = "The facts citing a source, in fact-id order, a page at a time", description = CURSOR_PAGE)
	FactPage citing(@PathVariable String sourceId, @Parameter(description = AFTER) String after,
			@RequestParam(defaultValue = "100") int limit) {
		requireLimit(limit);
		return reads.ask(
				new SourceCitationsQuery(SourceId.of(sourceId), after == null ? null : FactId.of(after), limit),
				FactPage.class);
	}

	@GetMapping("/audit/single-sourced")
	@Operation(summary = "Facts that rest on a single source, in fact-id order, a page at a time",
			description = CURSOR_PAGE)
	FactPage singleSourced(@Parameter(description = AFTER) String after,
			@RequestParam(defaultValue = "100") int limit) {
		requireLimit(limit);
		return reads.ask(new SingleSourcedFactsQuery(after == null ? null : FactId.of(after), limit), FactPage.class);
	}

	@GetMapping("/audit/quotes")
	@Operation(summary = "Facts with a citation whose quote has a status, in fact-id order, a page at a time",
			description = "status: not-found (default), verified or no-archive. " + CURSOR_PAGE)
	FactPage quotes(
			@Parameter(description = "not-found, verified or no-archive") @RequestParam(
					defaultValue = "not-found") String status,
			@Parameter(description = AFTER) String after, @RequestParam(defaultValue = "100") int limit) {
		requireLimit(limit);
		return reads.ask(new QuoteAuditQuery(QuoteStatus.of(status), after == null ? null : FactId.of(after), limit),
				FactPage.class);
	}

	@GetMapping("/facts")
	@Operation(summary = "Facts as they stand now whose words contain the text, in fact-id order, a page at a time",
			description = "Searched, ignoring case: the summary, the quote, the speaker's name and role, the venue and"
					+ " the note. " + CURSOR_PAGE)
	FactPage searchFacts(@Parameter(
			description = "The text, at least " + FactSearchQuery.MIN_TEXT + " characters") @RequestParam String q,
			@Parameter(description = AFTER) String after, @RequestParam(defaultValue = "100") int limit) {
		requireLimit(limit);
		if (q.strip().length() < FactSearchQuery.MIN_TEXT) {
			throw new InvalidParameterException("q", q,
					"expected at least " + FactSearchQuery.MIN_TEXT + " characters to search for");
		}
		return reads.ask(new FactSearchQuery(q.strip(), after == null ? null : FactId.of(after), limit),
				FactPage.class);
	}

	@GetMapping("/audit/secondary-only")
	@Operation(summary = "Facts none of whose sources is primary, in fact-id order, a page at a time",
			description = CURSOR_PAGE)
	FactPage secondaryOnly(@Parameter(description = AFTER) String after,
			@RequestParam(defaultValue = "100") int limit) {
		requireLimit(limit);
		return reads.ask(new SecondaryOnlyFactsQuery(after == null ? null : FactId.of(after), limit), FactPage.class);
	}

	@GetMapping("/audit/changed-sources")
	@Operation(summary = "Sources archived again after facts cited them, with the citations checked against"
			+ " each earlier version, in source-id order")
	List<ChangedSource> changedSources(@RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "100") int limit) {
		requirePage(offset, limit);
		return reads.ask(new ChangedSourcesQuery(offset, limit),
				ResponseTypes.multipleInstancesOf(ChangedSource.class));
	}

	@GetMapping("/audit/conflicts")
	@Operation(summary = "Facts that disagree: an actor's facts of one kind about one instrument with different"
			+ " dates, or its positions on one topic on one day with different stances")
	List<Conflict> conflicts(@RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "100") int limit) {
		requirePage(offset, limit);
		return reads.ask(new ConflictsQuery(offset, limit), ResponseTypes.multipleInstancesOf(Conflict.class));
	}

	@GetMapping("/facts/{factId}/evidence")
	@Operation(summary = "Every piece of evidence a fact cites, side by side: each source, its kind, the quote"
			+ " checked against the source's archived text, in context")
	Evidence evidence(@PathVariable String factId) {
		return reads.ask(new EvidenceQuery(FactId.of(factId)), Evidence.class);
	}

	@GetMapping("/sources/{sourceId}/archives")
	@Operation(summary = "Every archived version of a source's text, oldest first")
	List<ArchiveVersion> archives(@PathVariable String sourceId) {
		return reads.ask(new SourceArchivesQuery(SourceId.of(sourceId)),
				ResponseTypes.multipleInstancesOf(ArchiveVersion.class));
	}

	@GetMapping("/sources/{sourceId}/archives/{version}")
	@Operation(summary = "One archived version of a source's text, with the text")
	ArchiveText archive(@PathVariable String sourceId, @PathVariable int version) {
		return reads.ask(new ArchiveTextQuery(SourceId.of(sourceId), version), ArchiveText.class);
	}

	private static void requirePage(int offset, int limit) {
		requirePage(offset, limit, PAGE_LIMIT);
	}

	private static void requireLimit(int limit) {
		if (limit < 1 || limit > PAGE_LIMIT) {
			throw new InvalidParameterException("limit", String.valueOf(limit),
					"expected a limit from 1 to " + PAGE_LIMIT);
		}
	}

	private static void requirePage(int offset, int limit, int most) {
		if (offset < 0 || limit < 1 || limit > most) {
			throw new InvalidParameterException("offset/limit", offset + "/" + limit,
					"expected offset >= 0 and limit from 1 to " + most);
		}
	}

}

package org.policyledger.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.policyledger.api.ActorId;
import org.policyledger.api.ArchiveReceipt;
import org.policyledger.api.ArchiveSource;
import org.policyledger.api.FactId;
import org.policyledger.api.ExpressedStance;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentKind;
import org.policyledger.api.InstrumentRegistered;
import org.policyledger.api.PartialDate;
import org.policyledger.api.RegisterInstrument;
import org.policyledger.api.RegisterSource;
import org.policyledger.api.RegisterTopic;
import org.policyledger.api.SourceArchived;
import org.policyledger.api.SourceId;
import org.policyledger.api.SourceKind;
import org.policyledger.api.SourceRegistered;
import org.policyledger.api.Stance;
import org.policyledger.api.TopicId;
import org.policyledger.api.TopicRegistered;
import org.policyledger.integrity.Hashes;

class RegistrationAggregatesTest {

	private static <T> AggregateTestFixture<T> fixture(Class<T> type) {
		return fixture(type, new ClaimedIds());
	}

	private static <T> AggregateTestFixture<T> fixture(Class<T> type, IdClaims claims) {
		AggregateTestFixture<T> fixture = new AggregateTestFixture<>(type);
		fixture.registerInjectableResource(new LedgerServices(
				Clock.fixed(Instant.parse("2025-10-01T00:00:00Z"), ZoneOffset.UTC), () -> FactId.of("unused"), claims,
				new RegisteredIds().with(ActorId.of("OECD"), TopicId.of("ai-safety")), JsonContentDigests.create()));
		return fixture;
	}

	private static RegisterSource source(PartialDate published, LocalDate retrievedOn) {
		return new RegisterSource(SourceId.of("csis"), "CSIS", "A title", List.of("Laura Caroli"), null, published,
				retrievedOn, SourceKind.SECONDARY);
	}

	private static SourceRegistered registered() {
		return new SourceRegistered(SourceId.of("csis"), "CSIS", "A title", List.of("Laura Caroli"), null,
				PartialDate.parse("2025-10-01"), null, SourceKind.SECONDARY);
	}

	private static SourceArchived archived(int version, String text) {
		return new SourceArchived(SourceId.of("csis"), version, sha256(text), "text/plain", "https://example.org/a",
				null, Instant.parse("2025-10-01T00:00:00Z"), text);
	}

	private static String sha256(String text) {
		return Hashes.hex(Hashes.sha256(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static ArchiveSource archive(String text) {
		return new ArchiveSource(SourceId.of("csis"), "text/plain", "https://example.org/a", null, text);
	}

	@Test
	void archivesASourcesTextAsItsFirstVersion() {
		fixture(SourceAggregate.class).given(registered())
			.when(archive("The text."))
			.expectEvents(archived(1, "The text."))
			.expectResultMessagePayload(new ArchiveReceipt(SourceId.of("csis"), 1, sha256("The text."), false));
	}

	@Test
	void archivesChangedTextAsTheNextVersionKeepingTheEarlierOne() {
		fixture(SourceAggregate.class).given(registered(), archived(1, "The text."))
			.when(archive("The text, changed."))
			.expectEvents(archived(2, "The text, changed."));
	}

	@Test
	void recordsNothingForTheLatestVersionsTextArchivedAgain() {
		fixture(SourceAggregate.class).given(registered(), archived(1, "The text."))
			.when(archive("The text."))
			.expectNoEvents()
			.expectResultMessagePayload(new ArchiveReceipt(SourceId.of("csis"), 1, sha256("The text."), true));
	}

	@Test
	void rejectsArchiveRetrievedInTheFuture() {
		fixture(SourceAggregate.class).given(registered())
			.when(new ArchiveSource(SourceId.of("csis"), "text/plain", null, Instant.parse("2025-10-02T00:00:00Z"),
					"The text."))
			.expectNoEvents()
			.expectExceptionMessage("retrieval time 2025-10-02T00:00:00Z is in the future of the recording clock");
	}

	@Test
	void registersTopic() {
		fixture(TopicAggregate.class).givenNoPriorActivity()
			.when(new RegisterTopic(TopicId.of("open-source-ai"), "Open-source AI", "Supports: promotes it."))
			.expectEvents(
					new TopicRegistered(TopicId.of("open-source-ai"), "Open-source AI", "Supports: promotes it."));
	}

	@Test
	void rejectsTopicDifferingOnlyInCaseFromARegisteredOne() {
		fixture(TopicAggregate.class, new ClaimedIds().registered(TopicId.of("open-source-ai"))).givenNoPriorActivity()
			.when(new RegisterTopic(TopicId.of("Open-Source-AI"), "Open-source AI", null))
			.expectNoEvents()
			.expectExceptionMessage("topic 'Open-Source-AI' differs only in case from the registered topic "
					+ "'open-source-ai'; ids are compared ignoring case");
	}

	@Test
	void rejectsSourceRegisteredTwice() {
		fixture(SourceAggregate.class, new ClaimedIds().registered(SourceId.of("csis"))).givenNoPriorActivity()
			.when(source(PartialDate.parse("2025"), null))
			.expectNoEvents()
			.expectExceptionMessage("source 'csis' is already registered");
	}

	@Test
	void registersInstrumentIssuedByAKnownActor() {
		fixture(InstrumentAggregate.class).givenNoPriorActivity()
			.when(new RegisterInstrument(InstrumentId.of("oecd-ai-principles-2019"), InstrumentKind.PRINCIPLES,
					"OECD AI Principles", PartialDate.parse("2019"), ActorId.of("OECD"), null, "Adopted in May.",
					List.of(TopicId.of("ai-safety")), List.of()))
			.expectEvents(new InstrumentRegistered(InstrumentId.of("oecd-ai-principles-2019"),
					InstrumentKind.PRINCIPLES, "OECD AI Principles", PartialDate.parse("2019"), ActorId.of("OECD"),
					null, "Adopted in May.", List.of(TopicId.of("ai-safety")), List.of()));
	}

	@Test
	void registersAnInstrumentThatExpressesAStance() {
		RegisterInstrument principles = new RegisterInstrument(InstrumentId.of("oecd-ai-principles-2019"),
				InstrumentKind.PRINCIPLES, "OECD AI Principles", null, null, null, null, List.of(),
				List.of(new ExpressedStance(TopicId.of("ai-safety"), Stance.SUPPORTS)));
		fixture(InstrumentAggregate.class).givenNoPriorActivity().when(principles).expectEvents(principles.toEvent());
	}

	@Test
	void rejectsAStanceExpressedOnAnUnknownTopic() {
		fixture(InstrumentAggregate.class).givenNoPriorActivity()
			.when(new RegisterInstrument(InstrumentId.of("oecd-ai-principles-2019"), InstrumentKind.PRINCIPLES,
					"OECD AI Principles", null, null, null, null, null,
					List.of(new ExpressedStance(TopicId.of("no-such-topic"), Stance.SUPPORTS))))
			.expectNoEvents()
			.expectExceptionMessage("unknown topic 'no-such-topic'");
	}

	@Test
	void rejectsTwoStancesExpressedOnOneTopic() {
		fixture(InstrumentAggregate.class).givenNoPriorActivity()
			.when(new RegisterInstrument(InstrumentId.of("oecd-ai-principles-2019"), InstrumentKind.PRINCIPLES,
					"OECD AI Principles", null, null, null, null, null,
					List.of(new ExpressedStance(TopicId.of("ai-safety"), Stance.SUPPORTS),
							new ExpressedStance(TopicId.of("ai-safety"), Stance.OPPOSES))))
			.expectNoEvents()
			.expectExceptionMessage(
					"instrument 'oecd-ai-principles-2019' states more than one stance expressed on a topic");
	}

	@Test
	void rejectsAStanceExpressedByWhatIsNotSignedJoinedOrRatified() {
		fixture(InstrumentAggregate.class).givenNoPriorActivity()
			.when(new RegisterInstrument(InstrumentId.of("unga-rc-9000"), InstrumentKind.ROLL_CALL, "A roll call", null,
					null, null, null, null, List.of(new ExpressedStance(TopicId.of("ai-safety"), Stance.SUPPORTS))))
			.expectNoEvents()
			.expectExceptionMessage("instrument 'unga-rc-9000' is a ROLL_CALL: only what is signed, joined or ratified"
					+ " expresses a stance");
	}

	@Test
	void rejectsInstrumentAboutAnUnknownTopic() {
		fixture(InstrumentAggregate.class).givenNoPriorActivity()
			.when(new RegisterInstrument(InstrumentId.of("oecd-ai-principles-2019"), InstrumentKind.PRINCIPLES,
					"OECD AI Principles", null, null, null, null, List.of(TopicId.of("no-such-topic")), null))
			.expectNoEvents()
			.expectExceptionMessage("unknown topic 'no-such-topic'");
	}

	@Test
	void rejectsInstrumentIssuedByAnUnknownActor() {
		fixture(InstrumentAggregate.class).givenNoPriorActivity()
			.when(new RegisterInstrument(InstrumentId.of("g20-ai-principles-2019"), InstrumentKind.PRINCIPLES,
					"G20 AI Principles", null, ActorId.of("G20"), null, null, null, null))
			.expectNoEvents()
			.expectExceptionMessage("unknown actor 'G20'");
	}

	@Test
	void registersSource() {
		fixture(SourceAggregate.class).givenNoPriorActivity()
			.when(source(PartialDate.parse("2025-10-01"), LocalDate.parse("2025-10-01")))
			.expectEvents(new SourceRegistered(SourceId.of("csis"), "CSIS", "A title", List.of("Laura Caroli"), null,
					PartialDate.parse("2025-10-01"), LocalDate.parse("2025-10-01"), SourceKind.SECONDARY));
	}

	@Test
	void rejectsSourcePublishedInTheFuture() {
		fixture(SourceAggregate.class).givenNoPriorActivity()
			.when(source(PartialDate.parse("2025-11"), null))
			.expectNoEvents()
			.expectExceptionMessage(
					"publication date 2025-11 is in the future of the recording clock (today is 2025-10-01)");
	}

	@Test
	void rejectsSourceRetrievedInTheFuture() {
		fixture(SourceAggregate.class).givenNoPriorActivity()
			.when(source(PartialDate.parse("2025"), LocalDate.parse("2025-10-02")))
			.expectNoEvents()
			.expectExceptionMessage(
					"retrieval date 2025-10-02 is in the future of the recording clock (today is 2025-10-01)");
	}

}

package org.policyledger.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.api.ActorId;
import org.policyledger.api.Citation;
import org.policyledger.api.FactId;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.InstrumentKind;
import org.policyledger.api.InstrumentRegistered;
import org.policyledger.api.PartialDate;
import org.policyledger.api.PositionStated;
import org.policyledger.api.RegisterInstrument;
import org.policyledger.api.Recorder;
import org.policyledger.api.SourceId;
import org.policyledger.api.Stance;
import org.policyledger.api.StatePosition;
import org.policyledger.api.TopicId;
import org.policyledger.ledger.InvalidCommandException;
import org.policyledger.ledger.Ledger;
import org.policyledger.store.StoreVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A projection that fails on one event parks it, with the later events of its stream, and
 * the read models go on; admins list and retry the dead letters.
 */
@LedgerIntegrationTest
@Import(DeadLetterIntegrationTest.Poison.class)
class DeadLetterIntegrationTest {

	/** Summaries that make the poison projection fail, while they are in this set. */
	static final Set<String> POISONED = ConcurrentHashMap.newKeySet();

	/** The summary that makes the poison projection write a row the database refuses. */
	static final String DUPLICATE = "a row the database refuses";

	@Autowired
	Ledger ledger;

	@Autowired
	ReadModelMaintenance readModel;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	EventStore eventStore;

	@Autowired
	TransactionManager transactions;

	@Autowired
	StoreVerifier verifier;

	/**
	 * For a position whose summary is poisoned, writes a row and then fails; for one
	 * whose summary is a duplicate, writes a row that the database refuses.
	 */
	@ProcessingGroup(ReadModel.PROCESSING_GROUP)
	static class PoisonProjection {

		private final ProjectionWriter writer;

		PoisonProjection(ProjectionWriter writer) {
			this.writer = writer;
		}

		@EventHandler
		void on(PositionStated position) {
			if (POISONED.contains(position.summary())) {
				writer.write("insert into rm_actor_topic (actor_id, topic_id) values (?, ?)", position.factId().value(),
						"poison-marker");
				throw new IllegalStateException("poisoned: " + position.summary());
			}
			if (DUPLICATE.equals(position.summary())) {
				writer.write("insert into rm_actor_topic (actor_id, topic_id) values (?, ?)", "USA",
						"multilateral-ai-governance");
			}
		}

	}

	@TestConfiguration
	static class Poison {

		@Bean
		PoisonProjection poisonProjection(ProjectionWriter writer) {
			return new PoisonProjection(writer);
		}

	}

	@AfterEach
	void healEveryProjection() {
		POISONED.clear();
		assertThat(readModel.retryDeadLetters()).isZero();
	}

	private FactId state(String actor, String summary) {
		return ledger
			.record(new StatePosition(null, ActorId.of(actor), TopicId.of("multilateral-ai-governance"),
					Stance.SUPPORTS, summary, null, null, null, PartialDate.parse("2025-10"),
					List.of(new Citation(SourceId.of("csis-2025-10-07-un-global-dialogue"), "the Global Dialogue"))),
					Recorder.principal("tester"))
			.factId();
	}

	private boolean projected(FactId fact) {
		return jdbc.queryForObject("select count(*) from rm_fact where fact_id = ?", Long.class, fact.value()) == 1;
	}

	private void awaitCaughtUp() {
		await().atMost(Duration.ofSeconds(30)).until(readModel::isCaughtUp);
	}

	private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

	@Test
	void parksAFailingEventAndTheLaterEventsOfItsStreamWhileOtherStreamsGoOn() throws Exception {
		POISONED.add("parked then retried");
		FactId poisoned = state("USA", "parked then retried");
		FactId sameStream = state("USA", "after the poisoned one");
		FactId otherStream = state("CHN", "another actor");
		awaitCaughtUp();
		assertThat(projected(otherStream)).isTrue();
		assertThat(projected(poisoned)).isFalse();
		assertThat(projected(sameStream)).isFalse();
		assertThat(
				jdbc.queryForObject("select count(*) from rm_actor_topic where topic_id = 'poison-marker'", Long.class))
			.as("the failed event's own rows are rolled back")
			.isZero();
		assertThat(readModel.status().deadLetters()).isEqualTo(2);
		mvc.perform(get("/api/status"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadLetters").value(2))
			.andExpect(jsonPath("$.caughtUp").value(true));
		mvc.perform(as(get("/api/admin/dead-letters"), LedgerIntegrationTest.ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.streams").value(1))
			.andExpect(jsonPath("$.letters[0].stream").value("actor:USA"))
			.andExpect(jsonPath("$.letters[0].type").value("PositionStated"))
			.andExpect(jsonPath("$.letters[0].cause", containsString("poisoned: parked then retried")))
			.andExpect(jsonPath("$.letters[1].cause").doesNotExist());

		POISONED.clear();
		mvc.perform(as(post("/api/admin/dead-letters/retry"), LedgerIntegrationTest.ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.remaining").value(0));
		assertThat(projected(poisoned)).isTrue();
		assertThat(projected(sameStream)).isTrue();
		assertThat(readModel.status().deadLetters()).isZero();
	}

	@Test
	void keepsALetterParkedWhenItFailsAgain() {
		POISONED.add("fails twice");
		state("ESP", "fails twice");
		awaitCaughtUp();
		assertThat(readModel.retryDeadLetters()).isEqualTo(1);
		assertThat(readModel.deadLetters(10).letters()).singleElement()
			.satisfies(letter -> assertThat(letter.cause()).contains("poisoned: fails twice"));
		assertThat(verifier.verify().checks()).filteredOn(check -> check.name().equals("read model complete"))
			.singleElement()
			.satisfies(check -> {
				assertThat(check.passed()).as(check.detail()).isFalse();
				assertThat(check.detail()).contains("the first PositionStated")
					.contains("stream actor:ESP")
					.contains("poisoned: fails twice");
			});
	}

	@Test
	void parksTheEventWhoseRowsTheDatabaseRefusesWhenTheBatchIsWritten() {
		FactId before = state("CHN", "before the refused rows");
		FactId refused = state("ESP", DUPLICATE);
		FactId after = state("CHN", "after the refused rows");
		awaitCaughtUp();
		assertThat(projected(before)).isTrue();
		assertThat(projected(after)).isTrue();
		assertThat(projected(refused)).isFalse();
		assertThat(readModel.deadLetters(10).letters()).singleElement()
			.satisfies(letter -> assertThat(letter.cause()).containsIgnoringCase("unique"));
		jdbc.update("delete from dead_letter_entry");
	}

	@Test
	void showsDeadLettersToAdminsOnly() throws Exception {
		mvc.perform(as(get("/api/admin/dead-letters"), LedgerIntegrationTest.EDITOR_TOKEN))
			.andExpect(status().isForbidden());
		mvc.perform(as(post("/api/admin/dead-letters/retry"), LedgerIntegrationTest.EDITOR_TOKEN))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/admin/dead-letters")).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesAListLimitOutOfRange() throws Exception {
		mvc.perform(as(get("/api/admin/dead-letters?limit=0"), LedgerIntegrationTest.ADMIN_TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("limit")));
	}

	@Test
	void refusesAControlCharacterHoweverTheCommandWasMade() {
		assertThatExceptionOfType(InvalidCommandException.class)
			.isThrownBy(() -> ledger.register(
					new RegisterInstrument(InstrumentId.of("rc-with-backspace"), InstrumentKind.ROLL_CALL,
							"A roll call", null, null, null, "12\u0008 We first turn", List.of(), List.of()),
					Recorder.principal("tester")))
			.withMessage("description: text contains the control character U+0008 at 3");
	}

	@Test
	void projectsTextStoredUnderAnOlderRule() {
		InstrumentRegistered old = new InstrumentRegistered(InstrumentId.of("stored-with-backspace"),
				InstrumentKind.ROLL_CALL, "Stored before the rule", PartialDate.parse("2011-12-24"), null, null,
				"oneby one. 12\u0008 We first turn", List.of(), List.of());
		UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
		unitOfWork.attachTransaction(transactions);
		unitOfWork.execute(() -> eventStore
			.publish(new GenericDomainEventMessage<>("InstrumentAggregate", old.instrumentId().toString(), 0, old)));
		awaitCaughtUp();
		assertThat(jdbc.queryForObject("select count(*) from rm_instrument where instrument_id = ?", Long.class,
				"stored-with-backspace"))
			.isEqualTo(1);
		assertThat(readModel.status().deadLetters()).isZero();
	}

}

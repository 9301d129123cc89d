package org.policyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import java.util.List;
import java.util.UUID;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.api.ActorId;
import org.policyledger.api.ActorKind;
import org.policyledger.api.Citation;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.FactId;
import org.policyledger.api.PartialDate;
import org.policyledger.api.Recorder;
import org.policyledger.api.RegisterActor;
import org.policyledger.api.SourceId;
import org.policyledger.api.Stance;
import org.policyledger.api.StatePosition;
import org.policyledger.api.TopicId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fact ids claimed by the chain links of their events: checked when the command runs,
 * written with the events, settled by the links' unique key when two writes race. And
 * registration keys, looked up for a batch up front.
 */
@LedgerIntegrationTest
class FactIdClaimsIntegrationTest {

	private static final Recorder WRITER = Recorder.principal("claims-test");

	private static final String OTHER_LINK = "claims-test-link";

	@Autowired
	private Ledger ledger;

	@Autowired
	private NamedParameterJdbcTemplate named;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionManager transactions;

	@Autowired
	private PlatformTransactionManager platform;

	private JdbcIdClaims claims;

	private final ActorId actor = ActorId.of("CLAIMS-" + UUID.randomUUID().toString().substring(0, 8));

	private final FactId id = FactId.of("claim-" + UUID.randomUUID());

	@BeforeEach
	void actor() {
		claims = new JdbcIdClaims(named);
		ledger.register(new RegisterActor(actor, ActorKind.GROUP, "Claims", List.of()), WRITER);
	}

	@AfterEach
	void removeOtherLink() {
		jdbc.update("delete from ledger_chain where event_identifier = ?", OTHER_LINK);
	}

	private StatePosition position(FactId factId) {
		return new StatePosition(factId, actor, TopicId.of("open-source-ai"), Stance.SUPPORTS, "A position", null, null,
				null, PartialDate.parse("2024"),
				List.of(new Citation(SourceId.of("csis-2025-10-07-un-global-dialogue"), "a passage")));
	}

	private ResultMessage<?> inUnitOfWork(Runnable work) {
		UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(asCommandMessage("claims"));
		unitOfWork.attachTransaction(transactions);
		return unitOfWork.executeWithResult(() -> {
			work.run();
			return null;
		});
	}

	private long links(FactId factId) {
		return jdbc.queryForObject("select count(*) from ledger_chain where fact_key = ?", Long.class, factId.key());
	}

	@Test
	void claimsAFactIdWithTheChainLinkOfItsEvent() {
		ledger.record(position(id), WRITER);
		assertThat(jdbc.queryForObject("select fact_id from ledger_chain where fact_key = ?", String.class, id.key()))
			.isEqualTo(id.value());
		assertThat(claims.holderOf(id)).contains(actor);
		assertThat(claims.holderOf(FactId.of(id.value().toUpperCase()))).as("another case is another id").isEmpty();
	}

	@Test
	void refusesAnIdClaimedInTheSameUnitOfWorkInAnotherCase() {
		ResultMessage<?> result = inUnitOfWork(() -> {
			claims.claimFact(id, actor);
			assertThat(claims.holderOf(id)).as("seen before it is written").contains(actor);
			claims.claimFact(FactId.of(id.value().toUpperCase()), actor);
		});
		assertThat(result.exceptionResult()).isInstanceOf(CommandRejectedException.class)
			.hasMessageContaining("is already used by another fact");
		assertThat(links(id)).isZero();
	}

	@Test
	void refusesAnIdThatPrefetchFoundTaken() {
		ledger.record(position(id), WRITER);
		ResultMessage<?> result = inUnitOfWork(() -> {
			claims.prefetch(List.of(id), List.of());
			claims.claimFact(id, actor);
		});
		assertThat(result.exceptionResult()).isInstanceOf(CommandRejectedException.class);
	}

	@Test
	void refusesAFactIdThatAConcurrentWriteClaimedAfterItWasChecked() {
		ResultMessage<?> result = inUnitOfWork(() -> {
			ledger.record(position(id), WRITER);
			TransactionTemplate elsewhere = new TransactionTemplate(platform);
			elsewhere.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			elsewhere.executeWithoutResult(status -> jdbc.update(
					"insert into ledger_chain (position, event_identifier, fact_id, fact_key, event_hash, chain_hash)"
							+ " values (-1, ?, ?, ?, '', '')",
					OTHER_LINK, id.value(), id.key()));
		});
		assertThat(result.exceptionResult()).isInstanceOf(CommandRejectedException.class)
			.hasMessage(
					"fact id '" + id.value() + "' is already used by another fact (ids are compared ignoring case)");
		assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
				Long.class, actor.toString()))
			.as("only the registration is stored")
			.isOne();
	}

	@Test
	void leavesNoClaimWhenTheUnitOfWorkRollsBack() {
		ResultMessage<?> result = inUnitOfWork(() -> {
			ledger.record(position(id), WRITER);
			throw new IllegalStateException("a later step failed");
		});
		assertThat(result.isExceptional()).isTrue();
		assertThat(links(id)).isZero();
		assertThat(claims.holderOf(id)).isEmpty();
	}

	@Test
	void leavesADeferredFactIdToTheChainsUniqueKey() {
		ledger.record(position(id), WRITER);
		ResultMessage<?> result = inUnitOfWork(() -> {
			claims.deferClaims();
			claims.claimFact(id, ActorId.of("ELSEWHERE"));
		});
		assertThat(result.isExceptional()).as("not looked up; no link is written here to refuse it").isFalse();
	}

	@Test
	void refusesADeferredFactIdClaimedEarlierInTheSameUnitOfWork() {
		ResultMessage<?> result = inUnitOfWork(() -> {
			claims.deferClaims();
			claims.claimFact(id, actor);
			claims.claimFact(FactId.of(id.value().toUpperCase()), actor);
		});
		assertThat(result.exceptionResult()).isInstanceOf(CommandRejectedException.class)
			.hasMessageContaining("is already used by another fact");
	}

	@Test
	void refusesARegistrationWhoseKeyPrefetchFoundHeldInAnotherCase() {
		ActorId otherCase = ActorId.of(actor.value().toLowerCase());
		ResultMessage<?> result = inUnitOfWork(() -> {
			claims.prefetch(List.of(), List.of(otherCase));
			assertThat(claims.registrationHolder(otherCase)).contains(actor.toString());
			claims.claimRegistration(otherCase);
		});
		assertThat(result.exceptionResult()).isInstanceOf(CommandRejectedException.class)
			.hasMessageContaining("differs only in case from the registered actor '" + actor.value() + "'");
	}

	@Test
	void seesARegistrationClaimedEarlierInTheSameUnitOfWork() {
		ActorId fresh = ActorId.of("FRESH-" + UUID.randomUUID().toString().substring(0, 8));
		ResultMessage<?> result = inUnitOfWork(() -> {
			claims.prefetch(List.of(), List.of(fresh));
			assertThat(claims.registrationHolder(fresh)).isEmpty();
			claims.claimRegistration(fresh);
			assertThat(claims.registrationHolder(fresh)).contains(fresh.toString());
			claims.claimRegistration(ActorId.of(fresh.value().toLowerCase()));
		});
		assertThat(result.exceptionResult()).isInstanceOf(CommandRejectedException.class)
			.hasMessageContaining("differs only in case");
		assertThat(registrationKeys(fresh)).as("rolled back").isZero();
	}

	@Test
	void refusesARegistrationThatAConcurrentWriteClaimedAfterThePrefetch() {
		ActorId raced = ActorId.of("RACED-" + UUID.randomUUID().toString().substring(0, 8));
		try {
			ResultMessage<?> result = inUnitOfWork(() -> {
				claims.prefetch(List.of(), List.of(raced));
				TransactionTemplate elsewhere = new TransactionTemplate(platform);
				elsewhere.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
				elsewhere.executeWithoutResult(status -> jdbc
					.update("insert into registration_key (id_key, id) values (?, ?)", raced.key(), raced.toString()));
				assertThat(claims.registrationHolder(raced)).as("answered from the prefetch").isEmpty();
				claims.claimRegistration(raced);
			});
			assertThat(result.exceptionResult()).isInstanceOf(CommandRejectedException.class)
				.hasMessageContaining("was registered by a concurrent write");
		}
		finally {
			jdbc.update("delete from registration_key where id_key = ?", raced.key());
		}
	}

	@Test
	void claimsADeferringUnitOfWorksRegistrationsTogetherAsItCommits() {
		List<ActorId> fresh = List.of(ActorId.of("DEFER-A-" + UUID.randomUUID().toString().substring(0, 8)),
				ActorId.of("DEFER-B-" + UUID.randomUUID().toString().substring(0, 8)));
		try {
			ResultMessage<?> result = inUnitOfWork(() -> {
				claims.deferClaims();
				fresh.forEach(claims::claimRegistration);
				assertThat(claims.registrationHolder(fresh.get(0))).contains(fresh.get(0).toString());
				assertThat(fresh).allSatisfy(id -> assertThat(registrationKeys(id)).as("not written yet").isZero());
			});
			assertThat(result.isExceptional()).isFalse();
			assertThat(fresh).allSatisfy(id -> assertThat(registrationKeys(id)).isOne());
		}
		finally {
			fresh.forEach(id -> jdbc.update("delete from registration_key where id_key = ?", id.key()));
		}
	}

	@Test
	void refusesADeferringUnitOfWorkWhoseRegistrationAConcurrentWriteClaimedBeforeItCommitted() {
		ActorId raced = ActorId.of("RACED-" + UUID.randomUUID().toString().substring(0, 8));
		ActorId other = ActorId.of("OTHER-" + UUID.randomUUID().toString().substring(0, 8));
		try {
			ResultMessage<?> result = inUnitOfWork(() -> {
				claims.deferClaims();
				claims.claimRegistration(other);
				claims.claimRegistration(raced);
				TransactionTemplate elsewhere = new TransactionTemplate(platform);
				elsewhere.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
				elsewhere.executeWithoutResult(status -> jdbc
					.update("insert into registration_key (id_key, id) values (?, ?)", raced.key(), raced.toString()));
			});
			assertThat(result.exceptionResult()).isInstanceOf(CommandRejectedException.class)
				.hasMessage("one of 2 registrations was registered by a concurrent write");
			assertThat(registrationKeys(other)).as("rolled back").isZero();
		}
		finally {
			jdbc.update("delete from registration_key where id_key = ?", raced.key());
		}
	}

	@Test
	void leavesTheKeyFreeWhenTheNestedUnitOfWorkOfARegistrationRollsBack() {
		ActorId refused = ActorId.of("REFUSED-" + UUID.randomUUID().toString().substring(0, 8));
		ResultMessage<?> result = inUnitOfWork(() -> {
			ResultMessage<?> nested = DefaultUnitOfWork.startAndGet(asCommandMessage("register"))
				.executeWithResult(() -> {
					claims.claimRegistration(refused);
					throw CommandRejectedException.invalid("refused after its claim");
				});
			assertThat(nested.isExceptional()).isTrue();
			assertThat(claims.registrationHolder(refused)).isEmpty();
		});
		assertThat(result.isExceptional()).isFalse();
		assertThat(registrationKeys(refused)).isZero();
	}

	private long registrationKeys(ActorId id) {
		return jdbc.queryForObject("select count(*) from registration_key where id_key = ?", Long.class, id.key());
	}

}

package org.policyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import java.util.List;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.policyledger.api.ActorId;
import org.policyledger.api.CommandRejectedException;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A registration inside a batch that claims its key as its own nested unit of work
 * commits, and finds it taken by a concurrent write: only that registration is refused,
 * and the batch's other work commits, on each database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NestedRegistrationClaimTests {

	private ConfigurableApplicationContext ledger;

	private JdbcTemplate jdbc;

	private JdbcIdClaims claims;

	/** Starts a ledger on an empty database of the kind under test. */
	abstract ConfigurableApplicationContext start() throws Exception;

	/** Stops what {@link #start} started besides the ledger. */
	void stopDatabase() throws Exception {
	}

	@BeforeAll
	void startLedger() throws Exception {
		ledger = start();
		jdbc = ledger.getBean(JdbcTemplate.class);
		claims = new JdbcIdClaims(ledger.getBean(NamedParameterJdbcTemplate.class));
	}

	@AfterAll
	void stopLedger() throws Exception {
		ledger.close();
		stopDatabase();
	}

	@Test
	void refusesOnlyTheNestedRegistrationThatAConcurrentWriteClaimedFirst() {
		ActorId raced = ActorId.of("RACED-NESTED");
		ActorId after = ActorId.of("AFTER-RACE");
		UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(asCommandMessage("batch"));
		batch.attachTransaction(ledger.getBean(TransactionManager.class));
		ResultMessage<?> result = batch.executeWithResult(() -> {
			claims.prefetch(List.of(), List.of(raced, after));
			TransactionTemplate elsewhere = new TransactionTemplate(ledger.getBean(PlatformTransactionManager.class));
			elsewhere.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			elsewhere.executeWithoutResult(status -> jdbc
				.update("insert into registration_key (id_key, id) values (?, ?)", raced.key(), "concurrent"));
			assertThat(registerNested(raced).exceptionResult()).isInstanceOf(CommandRejectedException.class)
				.hasMessageContaining("was registered by a concurrent write");
			assertThat(registerNested(after).optionalExceptionResult()).isEmpty();
			return null;
		});
		assertThat(result.optionalExceptionResult()).as("the batch commits").isEmpty();
		assertThat(holder(raced)).containsExactly("concurrent");
		assertThat(holder(after)).containsExactly(after.toString());
	}

	private ResultMessage<?> registerNested(ActorId id) {
		return DefaultUnitOfWork.startAndGet(asCommandMessage("register " + id)).executeWithResult(() -> {
			claims.claimRegistration(id);
			return null;
		});
	}

	private List<String> holder(ActorId id) {
		return jdbc.queryForList("select id from registration_key where id_key = ?", String.class, id.key());
	}

}

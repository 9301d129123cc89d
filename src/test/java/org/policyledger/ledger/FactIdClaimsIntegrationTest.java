package org.policyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import java.util.List;
import java.util.UUID;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.api.ActorId;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.FactId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fact-id claims checked when a command runs and written, in one batch, as it commits.
 */
@LedgerIntegrationTest
class FactIdClaimsIntegrationTest {

	private static final ActorId USA = ActorId.of("USA");

	@Autowired
	private NamedParameterJdbcTemplate named;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionManager transactions;

	@Autowired
	private PlatformTransactionManager platform;

	private JdbcIdClaims claims;

	private final FactId id = FactId.of("claim-" + UUID.randomUUID());

	@BeforeEach
	void claims() {
		claims = new JdbcIdClaims(named);
	}

	private ResultMessage<?> inUnitOfWork(Runnable work) {
		UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(asCommandMessage("claims"));
		unitOfWork.attachTransaction(transactions);
		return unitOfWork.executeWithResult(() -> {
			work.run();
			return null;
		});
	}

	private long claimsOf(FactId factId) {
		return jdbc.queryForObject("select count(*) from fact_id_claim where fact_key = ?", Long.class, factId.key());
	}

	@Test
	void writesTheClaimsOfAUnitOfWorkWhenItCommits() {
		FactId other = FactId.of(id.value() + "-2");
		ResultMessage<?> result = inUnitOfWork(() -> {
			claims.prefetch(List.of(id, other));
			claims.claimFact(id, USA);
			claims.claimFact(other, USA);
			assertThat(claimsOf(id)).as("not written before the commit").isZero();
		});
		assertThat(result.isExceptional()).isFalse();
		assertThat(claimsOf(id) + claimsOf(other)).isEqualTo(2);
		assertThat(claims.holderOf(id)).contains(USA);
	}

	@Test
	void refusesAFactIdThatAConcurrentWriteClaimedAfterItWasChecked() {
		ResultMessage<?> result = inUnitOfWork(() -> {
			claims.claimFact(id, USA);
			TransactionTemplate elsewhere = new TransactionTemplate(platform);
			elsewhere.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			elsewhere.executeWithoutResult(status -> jdbc.update(
					"insert into fact_id_claim (fact_id, fact_key, actor_id) values (?, ?, 'CHN')", id.value(),
					id.key()));
		});
		assertThat(result.isExceptional()).isTrue();
		assertThat(result.exceptionResult()).isInstanceOf(CommandRejectedException.class)
			.hasMessage(
					"fact id '" + id.value() + "' is already used by another fact (ids are compared ignoring case)");
		assertThat(claims.holderOf(id)).contains(ActorId.of("CHN"));
	}

	@Test
	void leavesNoClaimWhenTheUnitOfWorkRollsBack() {
		ResultMessage<?> result = inUnitOfWork(() -> {
			claims.claimFact(id, USA);
			throw new IllegalStateException("a later step failed");
		});
		assertThat(result.isExceptional()).isTrue();
		assertThat(claimsOf(id)).isZero();
	}

}

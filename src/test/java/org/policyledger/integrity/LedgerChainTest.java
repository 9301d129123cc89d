package org.policyledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How often the chain's head is locked, and what a transaction holding it is answered.
 */
class LedgerChainTest {

	private final JdbcTemplate jdbc = mock(JdbcTemplate.class);

	private final LedgerChain chain = new LedgerChain(jdbc);

	private final LedgerChain.Link first = new LedgerChain.Link(7, new byte[32]);

	private final LedgerChain.Link second = new LedgerChain.Link(9, new byte[32]);

	@BeforeEach
	@SuppressWarnings("unchecked")
	void heads() {
		when(jdbc.queryForObject(anyString(), any(RowMapper.class))).thenReturn(first, second);
	}

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			complete();
		}
	}

	@Test
	void locksTheHeadOncePerTransaction() {
		TransactionSynchronizationManager.initSynchronization();
		chain.holdHead();
		assertThat(chain.lockHead()).isSameAs(first);
		verify(jdbc, times(1)).queryForObject(anyString(), any(RowMapper.class));
	}

	@Test
	void answersTheHeadAsTheTransactionMovedIt() {
		TransactionSynchronizationManager.initSynchronization();
		chain.holdHead();
		chain.moveHead(new LedgerChain.NewLink(12, null, null, new byte[32], new byte[32]));
		assertThat(chain.lockHead().position()).isEqualTo(12);
		verify(jdbc, times(1)).queryForObject(anyString(), any(RowMapper.class));
	}

	@Test
	void locksTheHeadAgainInTheNextTransaction() {
		TransactionSynchronizationManager.initSynchronization();
		chain.holdHead();
		complete();
		TransactionSynchronizationManager.initSynchronization();
		assertThat(chain.lockHead()).isSameAs(second);
	}

	@Test
	void locksTheHeadInATransactionStartedWhileAnotherIsSuspended() {
		TransactionSynchronizationManager.initSynchronization();
		chain.holdHead();
		List<TransactionSynchronization> suspended = TransactionSynchronizationManager.getSynchronizations();
		suspended.forEach(TransactionSynchronization::suspend);
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationManager.initSynchronization();
		assertThat(chain.lockHead()).as("the inner transaction's own").isSameAs(second);
		complete();
		TransactionSynchronizationManager.initSynchronization();
		suspended.forEach(synchronization -> {
			synchronization.resume();
			TransactionSynchronizationManager.registerSynchronization(synchronization);
		});
		assertThat(chain.lockHead()).as("the resumed transaction's, not asked again").isSameAs(first);
		verify(jdbc, times(2)).queryForObject(anyString(), any(RowMapper.class));
	}

	@Test
	void locksTheHeadEachTimeOutsideATransaction() {
		chain.holdHead();
		chain.holdHead();
		verify(jdbc, times(2)).queryForObject(anyString(), any(RowMapper.class));
	}

	private static void complete() {
		TransactionSynchronizationManager.getSynchronizations()
			.forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		TransactionSynchronizationManager.clearSynchronization();
	}

}

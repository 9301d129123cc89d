package org.policyledger.integrity;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class LedgerChainTest {

	private final JdbcTemplate jdbc = mock(JdbcTemplate.class);

	private final LedgerChain chain = new LedgerChain(jdbc);

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
		chain.holdHead();
		verify(jdbc, times(1)).queryForObject(anyString(), any(RowMapper.class));
	}

	@Test
	void locksTheHeadAgainInTheNextTransaction() {
		TransactionSynchronizationManager.initSynchronization();
		chain.holdHead();
		complete();
		TransactionSynchronizationManager.initSynchronization();
		chain.holdHead();
		verify(jdbc, times(2)).queryForObject(anyString(), any(RowMapper.class));
	}

	@Test
	void locksTheHeadInATransactionStartedWhileAnotherIsSuspended() {
		TransactionSynchronizationManager.initSynchronization();
		chain.holdHead();
		TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::suspend);
		chain.holdHead();
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

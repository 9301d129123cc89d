package org.policyledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride.Override;
import org.junit.jupiter.api.Test;

class ClosedDatabaseEvictionTest {

	private final ClosedDatabaseEviction eviction = new ClosedDatabaseEviction();

	@Test
	void evictsConnectionsOfADatabaseThatClosedItself() {
		assertThat(eviction.adjudicate(new SQLException("The database has been closed", "90098", 90098)))
			.isEqualTo(Override.MUST_EVICT);
	}

	@Test
	void leavesOtherFailuresToHikari() {
		assertThat(eviction.adjudicate(new SQLException("Unique index violation", "23505", 23505)))
			.isEqualTo(Override.CONTINUE_EVICT);
	}

}

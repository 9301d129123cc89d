package org.policyledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyledger.read.ReadModelMaintenance;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** When the read models' statistics are taken again. */
class ReadModelStatisticsTest {

	private final ReadModelMaintenance readModel = mock(ReadModelMaintenance.class);

	private final JdbcTemplate jdbc = mock(JdbcTemplate.class);

	private final ReadModelStatistics statistics = new ReadModelStatistics(readModel, jdbc, 1_000, Duration.ofHours(1));

	@AfterEach
	void stop() {
		statistics.destroy();
	}

	private void onPostgresql(boolean caughtUp, long position) {
		when(jdbc.execute(any(ConnectionCallback.class))).thenReturn(false);
		when(readModel.isCaughtUp()).thenReturn(caughtUp);
		when(readModel.position()).thenReturn(position);
	}

	@Test
	void analysesOnceTheReadModelsCaughtUpWithEnoughEvents() {
		onPostgresql(true, 5_000);
		assertThat(statistics.refreshIfStale()).isTrue();
		verify(jdbc).execute("analyze");
	}

	@Test
	void waitsForEnoughEventsSinceTheLastAnalysis() {
		onPostgresql(true, 5_000);
		statistics.refreshIfStale();
		when(readModel.position()).thenReturn(5_998L);
		assertThat(statistics.refreshIfStale()).isFalse();
		when(readModel.position()).thenReturn(6_000L);
		assertThat(statistics.refreshIfStale()).isTrue();
		verify(jdbc, times(2)).execute("analyze");
	}

	@Test
	void waitsForTheReadModelsToCatchUp() {
		onPostgresql(false, 5_000);
		assertThat(statistics.refreshIfStale()).isFalse();
		verify(jdbc, never()).execute(anyString());
	}

	@Test
	void leavesH2ToAnalyseItsTablesItself() {
		when(jdbc.execute(any(ConnectionCallback.class))).thenReturn(true);
		when(readModel.isCaughtUp()).thenReturn(true);
		when(readModel.position()).thenReturn(5_000L);
		assertThat(statistics.refreshIfStale()).isFalse();
		verify(jdbc, never()).execute(anyString());
	}

}

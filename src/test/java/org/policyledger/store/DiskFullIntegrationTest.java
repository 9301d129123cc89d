package org.policyledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.reset;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;

import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.read.ReadModelMaintenance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A disk that fills up: the free space the ledger sees is made to drop below its reserve
 * (64 MB) and come back, as it would when an operator frees space.
 */
@LedgerIntegrationTest
class DiskFullIntegrationTest {

	private static final long ONE_MB = 1024 * 1024;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReadModelMaintenance readModel;

	@MockitoSpyBean
	private DiskSpace disk;

	@AfterEach
	void spaceFreed() {
		reset(disk);
	}

	private ResultActions write(String factId) throws Exception {
		return mvc.perform(post("/api/facts").header("Authorization", "Bearer " + LedgerIntegrationTest.EDITOR_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "PositionStated", "factId": "%s", "actorId": "ESP", "topicId": "open-source-ai",
					 "stance": "SUPPORTS", "summary": "Backs open models", "validTime": "2025",
					 "sources": [{"source": "csis-2025-10-07-un-global-dialogue", "locator": "a passage"}]}
					""".formatted(factId)));
	}

	private long events() {
		return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
	}

	@Test
	void refusesWritesWith503WhileTheDiskIsBelowItsReserve() throws Exception {
		doReturn(10 * ONE_MB).when(disk).usableBytes();
		long before = events();
		write("disk-full-1").andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(jsonPath("$.detail", containsString("has 10 MB free, below the 64 MB the ledger keeps")))
			.andExpect(jsonPath("$.detail", containsString("nothing was recorded")));
		assertThat(events()).isEqualTo(before);
	}

	@Test
	void takesTheServiceOutOfReadinessButNotLivenessWhileTheDiskIsFull() throws Exception {
		doReturn(ONE_MB).when(disk).usableBytes();
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.status").value("DOWN"));
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	@Test
	void keepsAnsweringReadsWhileTheDiskIsFull() throws Exception {
		await().atMost(Duration.ofSeconds(30)).until(readModel::isCaughtUp);
		doReturn(ONE_MB).when(disk).usableBytes();
		mvc.perform(get("/api/actors/USA/timeline")).andExpect(status().isOk());
	}

	@Test
	void takesWritesAgainOnceSpaceIsFreedWithoutARestart() throws Exception {
		doReturn(ONE_MB).when(disk).usableBytes();
		write("disk-full-2").andExpect(status().isServiceUnavailable());
		reset(disk);
		write("disk-full-2").andExpect(status().isCreated());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void answersADatabaseThatRanOutOfSpaceWith503() {
		DataAccessResourceFailureException failure = new DataAccessResourceFailureException("could not write",
				new SQLException("IO Exception: \"java.io.IOException: No space left on device\"",
						new IOException("No space left on device")));
		assertThat(disk.explain(failure)).hasMessageContaining("is full").hasMessageContaining("nothing was recorded");
	}

	@Test
	void answersADatabaseThatClosedItselfWith503() {
		SQLException closed = new SQLException("The database has been closed", "90098",
				ClosedDatabaseEviction.DATABASE_IS_CLOSED);
		assertThat(disk.explain(new DataAccessResourceFailureException("could not read", closed)))
			.hasMessageContaining("the ledger's database is unavailable");
	}

	@Test
	void answersARequestWhoseConnectionWasEvictedWith503() {
		assertThat(disk.explain(
				new IllegalStateException("could not prepare statement", new SQLException("Connection is closed"))))
			.hasMessageContaining("the ledger's database is unavailable");
	}

	@Test
	void answersAFailureOfH2sStoreWith503() {
		assertThat(disk.explain(new IllegalStateException("could not lock", new MVStoreException(4, "closed"))))
			.hasMessageContaining("the ledger's database is unavailable");
	}

	@Test
	void leavesOtherFailuresAlone() {
		assertThat(disk.explain(new IllegalStateException("a bug"))).isNull();
	}

}

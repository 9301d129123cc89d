package org.policyledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.read.ReadModelMaintenance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Someone with the database edits the read model, which the chain does not cover: a
 * stance, a quote's locator, a deleted citation, an invented fact. Recomputing the read
 * models from the log names each row and repairs it.
 */
@LedgerIntegrationTest
@DirtiesContext
class ReadModelAuditIntegrationTest {

	private static final String FACT = "usa-2025-09-24-multilateral-ai-governance";

	@Autowired
	private ReadModelAudit audit;

	@Autowired
	private ReadModelMaintenance readModel;

	@Autowired
	private JdbcTemplate jdbc;

	private Verification.Check recompute() {
		await().atMost(Duration.ofSeconds(60)).until(readModel::isCaughtUp);
		ReadModelAudit.Snapshot snapshot = audit.snapshotAndRebuild();
		await().atMost(Duration.ofSeconds(60)).until(readModel::isCaughtUp);
		return audit.compare(snapshot);
	}

	private String stance() {
		return jdbc.queryForObject("select stance from rm_fact_version where fact_id = ? and version = 0", String.class,
				FACT);
	}

	@Test
	void namesEveryRowChangedAddedOrDeletedBehindTheLedgerAndRepairsThem() {
		await().atMost(Duration.ofSeconds(60)).until(readModel::isCaughtUp);
		String stance = stance();
		jdbc.update("update rm_fact_version set stance = 'SUPPORTS' where fact_id = ? and version = 0", FACT);
		jdbc.update("update rm_citation set locator = 'a forged passage' where fact_id = ? and position = 0", FACT);
		jdbc.update("delete from rm_citation where fact_id = 'usa-2023-bletchley-declaration' and position = 0");
		jdbc.update("insert into rm_fact (fact_id, actor_id, fact_type, source_count, recorded_at)"
				+ " values ('invented-fact', 'USA', 'PositionStated', 1, current_timestamp)");

		Verification.Check check = recompute();

		assertThat(check.passed()).isFalse();
		assertThat(check.detail()).startsWith("4 rows differed from the log and were rebuilt")
			.contains("rm_fact_version (" + FACT + ", 0): changed")
			.contains("rm_citation (" + FACT + ", 0): changed")
			.contains("rm_citation (usa-2023-bletchley-declaration, 0): deleted")
			.contains("rm_fact (invented-fact): added");
		assertThat(stance()).isEqualTo(stance).isNotEqualTo("SUPPORTS");
		assertThat(recompute().passed()).isTrue();
	}

}

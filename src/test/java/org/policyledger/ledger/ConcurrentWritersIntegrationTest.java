package org.policyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.policyledger.api.Recorder;
import org.policyledger.integrity.LedgerChain;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.api.ActorId;
import org.policyledger.api.ActorKind;
import org.policyledger.api.Citation;
import org.policyledger.api.FactId;
import org.policyledger.api.FactReceipt;
import org.policyledger.api.PartialDate;
import org.policyledger.api.RegisterActor;
import org.policyledger.api.SourceId;
import org.policyledger.api.Stance;
import org.policyledger.api.StatePosition;
import org.policyledger.api.TopicId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@LedgerIntegrationTest
class ConcurrentWritersIntegrationTest {

	private static final int WRITERS = 8;

	private static final int FACTS_EACH = 25;

	private static final Recorder WRITER = Recorder.principal("concurrent-writer");

	@Autowired
	private Ledger ledger;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private LedgerChain chain;

	private static StatePosition position(ActorId actor, String factId) {
		return new StatePosition(FactId.of(factId), actor, TopicId.of("open-source-ai"), Stance.SUPPORTS, "A position",
				null, null, null, PartialDate.parse("2024"),
				List.of(new Citation(SourceId.of("csis-2025-10-07-un-global-dialogue"), "a passage")));
	}

	@Test
	void recordsEveryFactOfConcurrentWritersOnOneActorOnce() throws Exception {
		ActorId actor = ActorId.of("CONCURRENT");
		ledger.register(new RegisterActor(actor, ActorKind.GROUP, "Concurrent", List.of()), WRITER);
		List<Callable<FactReceipt>> writes = new ArrayList<>();
		for (int writer = 0; writer < WRITERS; writer++) {
			for (int i = 0; i < FACTS_EACH; i++) {
				String factId = "concurrent-" + writer + "-" + i;
				writes.add(() -> ledger.record(position(actor, factId), WRITER));
				writes.add(() -> ledger.record(position(actor, factId), WRITER));
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		List<Future<FactReceipt>> receipts = pool.invokeAll(writes);
		pool.shutdown();
		assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		for (Future<FactReceipt> receipt : receipts) {
			assertThat(receipt.get().factId().value()).startsWith("concurrent-");
		}
		assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
				Long.class, actor.toString()))
			.isEqualTo(1 + WRITERS * FACTS_EACH);
		assertThat(jdbc.queryForObject(
				"select max(sequence_number) from domain_event_entry where aggregate_identifier = ?", Long.class,
				actor.toString()))
			.isEqualTo(WRITERS * FACTS_EACH);
		assertThat(chain.verify().intact()).as("the chain after concurrent appends").isTrue();
	}

	@Test
	void timesConcurrentWritesOnManyActorsInChainOrder() throws Exception {
		List<Callable<FactReceipt>> writes = new ArrayList<>();
		for (int writer = 0; writer < WRITERS; writer++) {
			ActorId actor = ActorId.of("ORDERED-" + writer);
			ledger.register(new RegisterActor(actor, ActorKind.GROUP, "Ordered " + writer, List.of()), WRITER);
			for (int i = 0; i < FACTS_EACH; i++) {
				String factId = "ordered-" + writer + "-" + i;
				writes.add(() -> ledger.record(position(actor, factId), WRITER));
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		pool.invokeAll(writes);
		pool.shutdown();
		assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select count(*) from rm_fact where fact_id like 'ordered-%'",
					Long.class) == WRITERS * FACTS_EACH);
		assertThat(jdbc.queryForList(
				"select f.recorded_at from rm_fact f join ledger_chain c"
						+ " on c.fact_id = f.fact_id where f.fact_id like 'ordered-%' order by c.position",
				Timestamp.class))
			.hasSize(WRITERS * FACTS_EACH)
			.isSorted();
	}

}

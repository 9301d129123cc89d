package org.policyledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;
import java.util.List;
import org.policyledger.store.Verification;
import org.policyledger.store.StoreVerifier;
import org.policyledger.ledger.Ledger;
import org.policyledger.api.TopicId;
import org.policyledger.api.StatePosition;
import org.policyledger.api.Stance;
import org.policyledger.api.SourceId;
import org.policyledger.api.Recorder;
import org.policyledger.api.PartialDate;
import org.policyledger.api.Citation;
import org.policyledger.api.ActorId;
import org.policyledger.api.FactId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each test changes the stored ledger with plain SQL, as someone with access to the
 * database could, asks the chain to verify itself, and rolls the change back.
 */
@LedgerIntegrationTest
class TamperEvidenceIntegrationTest {

	private static final long POSITION = 12;

	@Autowired
	private LedgerChain chain;

	@Autowired
	private Integrity integrity;

	@Autowired
	private Ledger ledger;

	@Autowired
	private StoreVerifier verifier;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private MockMvc mvc;

	private ChainCheck verifyAfter(Consumer<JdbcTemplate> tampering) {
		return new TransactionTemplate(transactions).execute(status -> {
			tampering.accept(jdbc);
			ChainCheck check = chain.verify();
			status.setRollbackOnly();
			return check;
		});
	}

	private String eventAt(long position) {
		return jdbc.queryForObject("select event_identifier from ledger_chain where position = ?", String.class,
				position);
	}

	private long globalIndexOf(String eventIdentifier) {
		return jdbc.queryForObject("select global_index from domain_event_entry where event_identifier = ?", Long.class,
				eventIdentifier);
	}

	@Test
	void findsAnUntouchedLedgerIntact() {
		ChainCheck check = chain.verify();
		assertThat(check.intact()).as(check.problem()).isTrue();
		assertThat(check.position())
			.isEqualTo(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class));
	}

	@Test
	void catchesAnEventEditedInPlace() {
		String event = eventAt(POSITION);
		ChainCheck check = verifyAfter(sql -> {
			byte[] payload = sql.queryForObject("select payload from domain_event_entry where event_identifier = ?",
					byte[].class, event);
			String edited = new String(payload, StandardCharsets.UTF_8).replaceFirst("\"", "\"x");
			sql.update("update domain_event_entry set payload = ? where event_identifier = ?",
					edited.getBytes(StandardCharsets.UTF_8), event);
		});
		assertThat(check.intact()).isFalse();
		assertThat(check.position()).isEqualTo(POSITION);
		assertThat(check.problem()).contains("does not match its recorded hash");
	}

	@Test
	void issuesNoDigestOrProofOverAnEventEditedInPlace() {
		String event = eventAt(POSITION);
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.update("update domain_event_entry set payload = ? where event_identifier = ?",
					"{\"edited\":true}".getBytes(StandardCharsets.UTF_8), event);
			assertThatThrownBy(integrity::digest).isInstanceOf(ChainBrokenException.class)
				.hasMessageContaining("at position " + POSITION)
				.hasMessageContaining("run verify");
			assertThatThrownBy(() -> integrity.prove(FactId.of("usa-2023-bletchley-declaration"), null))
				.isInstanceOf(ChainBrokenException.class);
			status.setRollbackOnly();
		});
	}

	/**
	 * Someone with the database appends a backdated fact and makes the chain agree: the
	 * chain holds, the recording times do not.
	 */
	@Test
	void catchesABackdatedFactWhoseChainWasMadeToAgree() {
		ledger.record(
				new StatePosition(FactId.of("backdated-1"), ActorId.of("USA"), TopicId.of("open-source-ai"),
						Stance.SUPPORTS, "A position", null, null, null, PartialDate.parse("2024"),
						List.of(new Citation(SourceId.of("csis-2025-10-07-un-global-dialogue"), "a passage"))),
				Recorder.principal("tamper-test"));
		Verification verification = new TransactionTemplate(transactions).execute(status -> {
			long last = chain.head().position();
			String event = eventAt(last);
			String payload = new String(
					jdbc.queryForObject("select payload from domain_event_entry where event_identifier = ?",
							byte[].class, event),
					StandardCharsets.UTF_8);
			jdbc.update("update domain_event_entry set payload = ? where event_identifier = ?",
					payload.replaceFirst("\"recordedAt\":\"[^\"]*\"", "\"recordedAt\":\"2001-01-01T00:00:00Z\"")
						.getBytes(StandardCharsets.UTF_8),
					event);
			StoredEvent forged = jdbc.queryForObject(
					"select " + StoredEvent.COLUMNS + " from domain_event_entry where event_identifier = ?",
					(rs, i) -> StoredEvent.read(rs), event);
			byte[] link = Hashes.link(chain.chainHashAt(last - 1), forged.hash());
			jdbc.update("update ledger_chain set event_hash = ?, chain_hash = ? where position = ?", forged.hash(),
					link, last);
			jdbc.update("update ledger_chain_head set chain_hash = ? where id = 1", link);
			Verification result = verifier.verify();
			status.setRollbackOnly();
			return result;
		});
		assertThat(verification.checks()).filteredOn(check -> check.name().equals("hash chain intact"))
			.singleElement()
			.satisfies(check -> assertThat(check.passed()).isTrue());
		assertThat(verification.checks()).filteredOn(check -> check.name().equals("recording times in chain order"))
			.singleElement()
			.satisfies(check -> {
				assertThat(check.passed()).isFalse();
				assertThat(check.detail()).contains("fact backdated-1 recorded at 2001-01-01T00:00:00Z comes after");
			});
	}

	@Test
	void catchesADeletedEvent() {
		String event = eventAt(POSITION);
		ChainCheck check = verifyAfter(
				sql -> sql.update("delete from domain_event_entry where event_identifier = ?", event));
		assertThat(check.intact()).isFalse();
		assertThat(check.position()).isEqualTo(POSITION);
		assertThat(check.problem()).contains("the chain expects event " + event).contains("removed, inserted or moved");
	}

	@Test
	void catchesTwoEventsSwapped() {
		String first = eventAt(POSITION);
		String second = eventAt(POSITION + 1);
		long firstIndex = globalIndexOf(first);
		long secondIndex = globalIndexOf(second);
		ChainCheck check = verifyAfter(sql -> {
			String move = "update domain_event_entry set global_index = ? where event_identifier = ?";
			sql.update(move, -1L, first);
			sql.update(move, firstIndex, second);
			sql.update(move, secondIndex, first);
		});
		assertThat(check.intact()).isFalse();
		assertThat(check.position()).isEqualTo(POSITION);
		assertThat(check.problem()).contains("the chain expects event " + first);
	}

	@Test
	void catchesAnEditWhoseHashWasRewrittenToo() {
		String event = eventAt(POSITION);
		ChainCheck check = verifyAfter(sql -> {
			sql.update("update domain_event_entry set time_stamp = ? where event_identifier = ?",
					"2019-01-01T00:00:00Z", event);
			StoredEvent edited = sql.queryForObject(
					"select " + StoredEvent.COLUMNS + " from domain_event_entry where event_identifier = ?",
					(rs, i) -> StoredEvent.read(rs), event);
			sql.update("update ledger_chain set event_hash = ? where position = ?", edited.hash(), POSITION);
		});
		assertThat(check.intact()).isFalse();
		assertThat(check.position()).isEqualTo(POSITION);
		assertThat(check.problem()).contains("the chain was rewritten");
	}

	@Test
	void catchesAnEventStoredOutsideTheChain() {
		ChainCheck check = verifyAfter(sql -> sql.update("insert into domain_event_entry (global_index,"
				+ " aggregate_identifier, sequence_number, type, event_identifier, payload_type, payload_revision,"
				+ " time_stamp, meta_data, payload) select global_index + 1000000, aggregate_identifier,"
				+ " sequence_number + 1000000, type, 'forged', payload_type, payload_revision, time_stamp,"
				+ " meta_data, payload from domain_event_entry where event_identifier = ?", eventAt(POSITION)));
		assertThat(check.intact()).isFalse();
		assertThat(check.problem()).contains("1 stored events are not in the chain");
	}

	@Test
	void reportsTheChainThroughTheApiToAdminsOnly() throws Exception {
		mvc.perform(get("/api/admin/verify").header("Authorization", "Bearer " + LedgerIntegrationTest.ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passed").value(true))
			.andExpect(jsonPath("$.checks[0].name").value("hash chain intact"));
		mvc.perform(get("/api/admin/verify").header("Authorization", "Bearer " + LedgerIntegrationTest.EDITOR_TOKEN))
			.andExpect(status().isForbidden());
	}

}

package org.policyledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The chain's migrations on ledgers written before them. */
class ChainMigrationsTest {

	@TempDir
	Path dir;

	private static final String HASH = "0".repeat(64);

	/** The H2 ledger in the temporary directory, migrated to {@code target}. */
	private JdbcTemplate migratedTo(String target) {
		return LedgerMigrations.migratedTo(target, LedgerMigrations.h2(dir), "h2");
	}

	/**
	 * V6 and the migrations after it, on a ledger written before it had a chain: its
	 * events are chained in the store's order, and later migrations fill the columns they
	 * add.
	 */
	@Test
	void chainsTheEventsOfALedgerWrittenBeforeTheChain() {
		JdbcTemplate jdbc = migratedTo("5");
		jdbc.batchUpdate("insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,"
				+ " event_identifier, payload_type, time_stamp, meta_data, payload) values (?, 'actor:USA', ?, 'Actor', ?,"
				+ " 'org.policyledger.api.PositionStated', '2023-11-01T00:00:00Z', X'7b7d', ?)",
				List.of(new Object[] { 1, 0, "e1", "{}".getBytes(StandardCharsets.UTF_8) },
						new Object[] { 2, 1, "e2", "{\"factId\":\"USA-1\"}".getBytes(StandardCharsets.UTF_8) },
						new Object[] { 7, 2, "e3", "{\"factId\":\"USA-2\"}".getBytes(StandardCharsets.UTF_8) }));
		jdbc.batchUpdate("insert into fact_id_claim (fact_id, actor_id) values (?, 'USA')",
				List.of(new Object[] { "USA-1" }, new Object[] { "USA-2" }));

		migratedTo("latest");

		assertThat(jdbc.queryForList(
				"select position, global_index, event_identifier, fact_key from ledger_chain" + " order by position"))
			.extracting(row -> List.of(row.get("POSITION"), row.get("GLOBAL_INDEX"), row.get("EVENT_IDENTIFIER"),
					String.valueOf(row.get("FACT_KEY"))))
			.containsExactly(List.of(1L, 1L, "e1", "null"), List.of(2L, 2L, "e2", "fact:usa-1"),
					List.of(3L, 7L, "e3", "fact:usa-2"));
		ChainCheck check = new LedgerChain(jdbc).verify();
		assertThat(check.intact()).as(check.problem()).isTrue();
		assertThat(check.position()).isEqualTo(3);
	}

	/**
	 * V13, on a ledger that kept its fact-id claims in a table of their own: each claim
	 * moves onto its fact's chain link.
	 */
	@Test
	void movesEachClaimOntoItsFactsLinkAndKeepsItUnique() {
		JdbcTemplate jdbc = migratedTo("12");
		jdbc.batchUpdate(
				"insert into ledger_chain (position, event_identifier, fact_id, event_hash, chain_hash)"
						+ " values (?, ?, ?, ?, ?)",
				List.of(new Object[] { 1, "e1", null, HASH, HASH }, new Object[] { 2, "e2", "USA-1", HASH, HASH },
						new Object[] { 3, "e3", "usa-1", HASH, HASH }, new Object[] { 4, "e4", "CHN-1", HASH, HASH }));
		jdbc.batchUpdate("insert into fact_id_claim (fact_id, fact_key, actor_id) values (?, ?, ?)",
				List.of(new Object[] { "USA-1", "fact:usa-1", "USA" }, new Object[] { "usa-1", null, "USA" },
						new Object[] { "CHN-1", "fact:chn-1", "CHN" }));

		migratedTo("latest");

		assertThat(jdbc.queryForList("select event_identifier, fact_key from ledger_chain order by position"))
			.extracting(row -> row.get("FACT_KEY"))
			.containsExactly(null, "fact:usa-1", null, "fact:chn-1");
		assertThatThrownBy(() -> jdbc.queryForList("select * from fact_id_claim"))
			.isInstanceOf(BadSqlGrammarException.class);
		assertThatThrownBy(() -> jdbc
			.update("insert into ledger_chain (position, event_identifier, fact_id, fact_key, event_hash, chain_hash)"
					+ " values (5, 'e5', 'Usa-1', 'fact:usa-1', ?, ?)", Hashes.GENESIS, Hashes.GENESIS))
			.as("the key stays unique")
			.hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
		assertThat(jdbc.queryForMap("select count(*) as n from ledger_chain where fact_key is null"))
			.isEqualTo(Map.of("N", 2L));
	}

	/**
	 * V20, on a ledger whose events were numbered by a sequence, with gaps: each link
	 * finds its event by the global index that event had.
	 */
	@Test
	void givesEachLinkTheGlobalIndexOfItsEventAcrossGaps() {
		JdbcTemplate jdbc = migratedTo("19");
		jdbc.batchUpdate("insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,"
				+ " event_identifier, payload_type, time_stamp, meta_data, payload) values (?, 'actor:USA', ?, 'Actor', ?,"
				+ " 'org.policyledger.api.ActorRegistered', '2023-11-01T00:00:00Z', X'7b7d', X'7b7d')",
				List.of(new Object[] { 1, 0, "e1" }, new Object[] { 51, 1, "e2" }));
		jdbc.batchUpdate(
				"insert into ledger_chain (position, event_identifier, fact_id, event_hash, chain_hash)"
						+ " values (?, ?, null, ?, ?)",
				List.of(new Object[] { 1, "e1", HASH, HASH }, new Object[] { 2, "e2", HASH, HASH }));

		migratedTo("latest");

		assertThat(jdbc.queryForList("select global_index from ledger_chain order by position", Long.class))
			.containsExactly(1L, 51L);
		assertThat(new LedgerChain(jdbc).publishedEventAt(2)).get()
			.extracting(PublishedEvent::eventIdentifier, PublishedEvent::sequenceNumber)
			.containsExactly("e2", 1L);
	}

	/** V22 on H2: each hash kept as the bytes its hex spelled, the chain intact. */
	@Test
	void keepsEachChainHashAsTheBytesItsHexSpelled() {
		keepsEachChainHashAsTheBytesItsHexSpelled(LedgerMigrations.h2(dir), "h2");
	}

	/** V22 on PostgreSQL (a binary from Maven Central, started for this test). */
	@Test
	void keepsEachChainHashAsTheBytesItsHexSpelledOnPostgresql() throws IOException {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			keepsEachChainHashAsTheBytesItsHexSpelled(postgres.getPostgresDatabase(), "postgresql");
		}
	}

	/**
	 * Events stored before the chain, chained in hex by V6, then V22: the links, the head
	 * and a verify of the whole chain.
	 */
	private static void keepsEachChainHashAsTheBytesItsHexSpelled(DataSource database, String vendor) {
		JdbcTemplate jdbc = LedgerMigrations.migratedTo("5", database, vendor);
		byte[] metaData = "{}".getBytes(StandardCharsets.UTF_8);
		jdbc.batchUpdate("insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,"
				+ " event_identifier, payload_type, time_stamp, meta_data, payload) values (?, 'actor:USA', ?, 'Actor', ?,"
				+ " 'org.policyledger.api.PositionStated', '2023-11-01T00:00:00Z', ?, ?)",
				List.of(new Object[] { 1, 0, "e1", metaData, "{}".getBytes(StandardCharsets.UTF_8) }, new Object[] { 2,
						1, "e2", metaData, "{\"factId\":\"USA-1\"}".getBytes(StandardCharsets.UTF_8) }));
		LedgerMigrations.migratedTo("21", database, vendor);
		List<List<String>> hex = jdbc.query("select event_hash, chain_hash from ledger_chain order by position",
				(rs, i) -> List.of(rs.getString(1), rs.getString(2)));
		String head = jdbc.queryForObject("select chain_hash from ledger_chain_head", String.class);

		LedgerMigrations.migratedTo("latest", database, vendor);

		assertThat(jdbc.query("select event_hash, chain_hash from ledger_chain order by position",
				(rs, i) -> List.of(Hashes.hex(rs.getBytes(1)), Hashes.hex(rs.getBytes(2)))))
			.hasSize(2)
			.isEqualTo(hex);
		assertThat(Hashes.hex(jdbc.queryForObject("select chain_hash from ledger_chain_head", byte[].class)))
			.isEqualTo(head)
			.isEqualTo(hex.get(1).get(1));
		ChainCheck check = new LedgerChain(jdbc).verify();
		assertThat(check.intact()).as(check.problem()).isTrue();
		assertThat(check.chainHash()).isEqualTo(head);
	}

}

package org.policyledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V13 on a ledger that kept its fact-id claims in a table of their own: each
 * claim moves onto its fact's chain link.
 */
class FactClaimsMigrationTest {

	@TempDir
	Path dir;

	private Flyway flyway(JdbcDataSource database, String target) {
		return Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.javaMigrations(new ChainExistingEvents())
			.target(target)
			.load();
	}

	@Test
	void movesEachClaimOntoItsFactsLinkAndKeepsItUnique() {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:file:" + dir.resolve("ledger"));
		flyway(database, "12").migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		String hash = "0".repeat(64);
		jdbc.batchUpdate(
				"insert into ledger_chain (position, event_identifier, fact_id, event_hash, chain_hash)"
						+ " values (?, ?, ?, ?, ?)",
				List.of(new Object[] { 1, "e1", null, hash, hash }, new Object[] { 2, "e2", "USA-1", hash, hash },
						new Object[] { 3, "e3", "usa-1", hash, hash }, new Object[] { 4, "e4", "CHN-1", hash, hash }));
		jdbc.batchUpdate("insert into fact_id_claim (fact_id, fact_key, actor_id) values (?, ?, ?)",
				List.of(new Object[] { "USA-1", "fact:usa-1", "USA" }, new Object[] { "usa-1", null, "USA" },
						new Object[] { "CHN-1", "fact:chn-1", "CHN" }));

		flyway(database, "latest").migrate();

		assertThat(jdbc.queryForList("select event_identifier, fact_key from ledger_chain order by position"))
			.extracting(row -> row.get("FACT_KEY"))
			.containsExactly(null, "fact:usa-1", null, "fact:chn-1");
		assertThatThrownBy(() -> jdbc.queryForList("select * from fact_id_claim"))
			.isInstanceOf(BadSqlGrammarException.class);
		assertThatThrownBy(() -> jdbc
			.update("insert into ledger_chain (position, event_identifier, fact_id, fact_key, event_hash, chain_hash)"
					+ " values (5, 'e5', 'Usa-1', 'fact:usa-1', ?, ?)", hash, hash))
			.as("the key stays unique")
			.hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
		assertThat(jdbc.queryForMap("select count(*) as n from ledger_chain where fact_key is null"))
			.isEqualTo(Map.of("N", 2L));
	}

}

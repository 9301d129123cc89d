package org.policyledger.integrity;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Chains the events a ledger stored before it had a chain, in the store's order: the
 * migration after the one that creates the chain's tables.
 */
class ChainExistingEvents implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("6");
	}

	@Override
	public String getDescription() {
		return "chain existing events";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		LedgerChain chain = new LedgerChain(jdbc);
		List<IndexedEvent> page = new ArrayList<>(LedgerChain.PAGE);
		jdbc.query("select " + IndexedEvent.COLUMNS + " from domain_event_entry order by global_index",
				(RowCallbackHandler) rs -> {
					page.add(IndexedEvent.read(rs));
					if (page.size() == LedgerChain.PAGE) {
						chainPage(jdbc, chain, page);
						page.clear();
					}
				});
		if (!page.isEmpty()) {
			chainPage(jdbc, chain, page);
		}
	}

	/**
	 * Chains a page of events into the chain's table as V5 made it: the columns later
	 * migrations add are filled by them (V13 the fact keys, V20 the global indexes).
	 */
	private static void chainPage(JdbcTemplate jdbc, LedgerChain chain, List<IndexedEvent> page) {
		List<LedgerChain.NewLink> links = LedgerChain.links(chain.lockHead(), page);
		jdbc.batchUpdate(
				"insert into ledger_chain (position, event_identifier, fact_id, event_hash, chain_hash)"
						+ " values (?, ?, ?, ?, ?)",
				links.stream()
					.map(link -> new Object[] { link.position(), link.indexed().event().eventIdentifier(),
							link.factId(), Hashes.hex(link.eventHash()), Hashes.hex(link.chainHash()) })
					.toList());
		chain.moveHead(links.get(links.size() - 1));
	}

}

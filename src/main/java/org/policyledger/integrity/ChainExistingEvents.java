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
		HexChain chain = new HexChain(jdbc);
		List<IndexedEvent> page = new ArrayList<>(LedgerChain.PAGE);
		jdbc.query("select " + IndexedEvent.COLUMNS + " from domain_event_entry order by global_index",
				(RowCallbackHandler) rs -> {
					page.add(IndexedEvent.read(rs));
					if (page.size() == LedgerChain.PAGE) {
						chain.append(page);
						page.clear();
					}
				});
		if (!page.isEmpty()) {
			chain.append(page);
		}
	}

	/**
	 * The chain's tables as V5 made them, hashes in hex (V22 turns them into bytes): the
	 * columns later migrations add are filled by them (V13 the fact keys, V20 the global
	 * indexes).
	 */
	private static final class HexChain {

		private final JdbcTemplate jdbc;

		private LedgerChain.Link head;

		HexChain(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
			this.head = jdbc.queryForObject("select position, chain_hash from ledger_chain_head where id = 1",
					(rs, i) -> new LedgerChain.Link(rs.getLong(1), Hashes.bytes(rs.getString(2))));
		}

		/** Chains a page of events after the head, and moves the head to the last. */
		void append(List<IndexedEvent> page) {
			List<LedgerChain.NewLink> links = LedgerChain.links(head, page);
			jdbc.batchUpdate(
					"insert into ledger_chain (position, event_identifier, fact_id, event_hash, chain_hash)"
							+ " values (?, ?, ?, ?, ?)",
					links.stream()
						.map(link -> new Object[] { link.position(), link.indexed().event().eventIdentifier(),
								link.factId(), Hashes.hex(link.eventHash()), Hashes.hex(link.chainHash()) })
						.toList());
			LedgerChain.NewLink last = links.get(links.size() - 1);
			jdbc.update("update ledger_chain_head set position = ?, chain_hash = ? where id = 1", last.position(),
					Hashes.hex(last.chainHash()));
			head = new LedgerChain.Link(last.position(), last.chainHash());
		}

	}

}

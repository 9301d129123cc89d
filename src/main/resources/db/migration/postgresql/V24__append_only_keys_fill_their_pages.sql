-- The event store's and the chain's primary keys only ever grow at their right edge: every
-- write takes the chain head's lock first, then numbers its events (global_index, from a
-- sequence) and its links (position, the head's plus one) in that order, and no row is
-- deleted. So a leaf page these indexes fill is never written into again, yet PostgreSQL
-- leaves 10% of it free by default: 2.3 bytes of each event per index. Pages written from
-- now on are filled; an existing ledger's stay as they are until the index is rebuilt
-- (REINDEX INDEX CONCURRENTLY, if the space matters).
alter index domain_event_entry_pkey set (fillfactor = 100);
alter index ledger_chain_pkey set (fillfactor = 100);

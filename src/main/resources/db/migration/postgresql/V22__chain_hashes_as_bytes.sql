-- The chain keeps each hash as its 32 bytes instead of 64 hex characters: 64 bytes less
-- in every link, the largest part of a link, written once per event. H2's V22 does the
-- same through one copy of the table.
alter table ledger_chain
    alter column event_hash type bytea using decode(event_hash, 'hex'),
    alter column chain_hash type bytea using decode(chain_hash, 'hex');
alter table ledger_chain_head alter column chain_hash type bytea using decode(chain_hash, 'hex');

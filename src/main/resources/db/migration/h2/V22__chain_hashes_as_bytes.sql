-- The chain keeps each hash as its 32 bytes instead of 64 hex characters: 64 bytes less
-- in every link, the largest part of a link, written once per event. H2 converts text to
-- binary by its UTF-8 bytes, and rewrites a table for each column it drops, so the links
-- are copied once into a table of the new shape, each hash decoded by H2's own hex parser.
-- PostgreSQL's V22 converts them in place.
create alias hex_to_bytes for 'org.h2.util.StringUtils.convertHexToBytes';

create table ledger_chain_bytes (
    position         bigint        not null primary key,
    event_identifier varchar(255)  not null,
    fact_id          varchar(128),
    event_hash       varbinary(32) not null,
    chain_hash       varbinary(32) not null,
    fact_key         varchar(140),
    global_index     bigint
);
insert into ledger_chain_bytes (position, event_identifier, fact_id, event_hash, chain_hash, fact_key, global_index)
    select position, event_identifier, fact_id, hex_to_bytes(event_hash), hex_to_bytes(chain_hash), fact_key,
        global_index
    from ledger_chain;
drop table ledger_chain;
alter table ledger_chain_bytes rename to ledger_chain;
create unique index ux_ledger_chain_fact_key on ledger_chain (fact_key);

create table ledger_chain_head_bytes (
    id         integer       not null primary key,
    position   bigint        not null,
    chain_hash varbinary(32) not null
);
insert into ledger_chain_head_bytes (id, position, chain_hash)
    select id, position, hex_to_bytes(chain_hash) from ledger_chain_head;
drop table ledger_chain_head;
alter table ledger_chain_head_bytes rename to ledger_chain_head;

drop alias hex_to_bytes;

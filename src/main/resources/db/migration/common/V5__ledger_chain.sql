-- Tamper evidence (docs/integrity.md): each stored event's hash in the order stored, and
-- the chain link that ties it to every event before it. Hashes are lower-case hex.
create table ledger_chain (
    position         bigint       not null primary key,
    event_identifier varchar(255) not null,
    fact_id          varchar(128),
    event_hash       varchar(64)  not null,
    chain_hash       varchar(64)  not null,
    constraint uk_ledger_chain_event unique (event_identifier)
);
create index ix_ledger_chain_fact on ledger_chain (fact_id);

-- One row: the chain's last link. Every append locks it before its events are numbered.
create table ledger_chain_head (
    id         integer     not null primary key,
    position   bigint      not null,
    chain_hash varchar(64) not null
);
insert into ledger_chain_head (id, position, chain_hash)
    values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

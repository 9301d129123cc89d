-- A fact's id is claimed by its own chain row instead of a row of fact_id_claim: the
-- event's link carries the fact's key ('fact:' and the id in lower case) under a unique
-- index, so recording a fact writes two rows (event, link) instead of three, and the
-- actor holding an id is the aggregate of the event that link names.
-- Case variants kept from before V10 keep no key, as they kept no claim.
alter table ledger_chain add column fact_key varchar(140);
update ledger_chain set fact_key = (select k.fact_key from fact_id_claim k where k.fact_id = ledger_chain.fact_id)
where fact_id is not null;
create unique index ux_ledger_chain_fact_key on ledger_chain (fact_key);
-- A link is found by its position or its fact; domain_event_entry already keeps event
-- identifiers unique, so the chain's own index on them only cost every append.
drop index ix_ledger_chain_fact;
alter table ledger_chain drop constraint uk_ledger_chain_event;
drop table fact_id_claim;

-- Ids are unique ignoring case: 'usa' cannot be registered beside 'USA', nor a fact
-- 'USA-2019-x' recorded beside 'usa-2019-x'. Each id claims its lower-cased key, kind
-- included ('actor:usa', 'fact:usa-2019-x'); ids are ASCII, so lower() folds them fully.
-- A ledger that already holds ids differing only by case keeps them: the first of
-- each group claims the key, the others keep none.
create table registration_key (
    id_key varchar(140) not null primary key,
    id     varchar(140) not null
);
insert into registration_key (id_key, id)
    select lower(aggregate_identifier), min(aggregate_identifier) from domain_event_entry
    where sequence_number = 0
    group by lower(aggregate_identifier);

alter table fact_id_claim add column fact_key varchar(140);
update fact_id_claim set fact_key = lower(concat('fact:', fact_id))
    where fact_id in (select min(fact_id) from fact_id_claim group by lower(fact_id));
create unique index ux_fact_id_claim_key on fact_id_claim (fact_key);

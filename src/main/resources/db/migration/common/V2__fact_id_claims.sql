-- Fact ids are unique across the whole ledger, not only within an actor's stream:
-- each recorded fact claims its id here, in the transaction that records it.
create table fact_id_claim (
    fact_id  varchar(128) not null primary key,
    actor_id varchar(128) not null
);

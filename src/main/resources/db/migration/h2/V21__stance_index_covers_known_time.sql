-- A stance reads backwards on (actor_id, topic_id, valid_start) until a position known at
-- the instant asked, not retracted, that ends by the day asked. With those columns in the
-- index the database checks them on the index entry; before, it read each passed-over row
-- from the table, and a question about an instant before most of an actor's positions
-- were recorded read every row of the pair (p99 10 ms against 0.6-0.9 ms with these
-- columns, measured on a synthetic ledger of 1M facts on H2). PostgreSQL's V21 indexes
-- positions alone.
drop index ix_rm_version_actor_topic;
create index ix_rm_version_actor_topic on rm_fact_version
    (actor_id, topic_id, valid_start, valid_end, known_from, known_until, fact_type, retracted);

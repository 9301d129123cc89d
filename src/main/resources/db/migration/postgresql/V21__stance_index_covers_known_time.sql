-- V21 on H2 (the reasons are there) for positions alone: only positions have a topic,
-- and only they are read this way; the UN votes, 870,000 rows, made the index 95 MB in
-- full. H2 has no partial indexes.
drop index ix_rm_version_actor_topic;
create index ix_rm_version_actor_topic on rm_fact_version
    (actor_id, topic_id, valid_start, valid_end, known_from, known_until, fact_type, retracted)
    where topic_id is not null;

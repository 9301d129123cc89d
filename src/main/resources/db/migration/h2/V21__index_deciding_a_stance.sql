-- A stance reads backwards on (actor_id, topic_id, valid_start) for the latest position
-- known at the instant asked, not retracted, that ends by the day asked. Those columns were
-- not in the index, so each position passed over was read from the table. This index holds
-- them all and replaces the three-column index. H2 has no partial index, so it holds the UN
-- votes too, and a second index beside the old one doubled the UN ledger's file. Its order
-- is for H2's planner, which charges an index for each column from the first one a
-- statement does not filter on: with the columns the stance statement filters on right
-- after valid_start, it costs that statement less than (actor_id, valid_start).
-- PostgreSQL's V21 has them in another order, over positions only.
drop index ix_rm_version_actor_topic;
create index ix_rm_version_deciding_stance on rm_fact_version
    (actor_id, topic_id, valid_start, known_from, fact_type, retracted, valid_end, known_until);

-- No read looks fact versions up by topic alone since rm_actor_topic (V9) answers which
-- actors spoke on a topic; the index only cost every projected fact an insert.
drop index ix_rm_version_topic_actor;

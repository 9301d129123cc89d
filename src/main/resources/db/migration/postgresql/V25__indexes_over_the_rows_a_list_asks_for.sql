-- Three indexes serve a list of a few facts, yet held an entry for every one: the search
-- reads the versions that have words (5,854 of the UN ledger's 875,963), the changes and
-- amendments read the facts that amend another (none of the UN votes), and the audit the
-- facts that rest on a single source. PostgreSQL indexes only those rows (H2 has no
-- partial indexes and keeps the two-column ones). The queries are the same on both
-- databases: their conditions (worded = true, target_fact_id = :fact or > '',
-- source_count = 1) imply each index's.
drop index ix_rm_version_worded;
create index ix_rm_version_worded on rm_fact_version (fact_id) where worded;
drop index ix_rm_fact_target;
create index ix_rm_fact_target on rm_fact (target_fact_id) where target_fact_id is not null;
drop index ix_rm_fact_source_count;
create index ix_rm_fact_single_source on rm_fact (fact_id) where source_count = 1;

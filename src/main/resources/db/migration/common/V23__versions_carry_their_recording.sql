-- Each version carries when and by whom its fact was recorded, so that the statements
-- reading versions no longer look every row up in rm_fact: that join was about half of
-- the statement answering every actor's stance on a topic, on H2 at 100,000 facts
-- (docs/performance.md). rm_fact keeps its own columns, which list the amendments.
alter table rm_fact_version add column recorded_at timestamp(6) with time zone;
alter table rm_fact_version add column recorded_by varchar(200);
update rm_fact_version set (recorded_at, recorded_by) =
    (select f.recorded_at, f.recorded_by from rm_fact f where f.fact_id = rm_fact_version.fact_id);
alter table rm_fact_version alter column recorded_at set not null;

-- ResolutionSponsored: the sponsor's part (penholder, sponsor, co-sponsor). No fact recorded
-- before this column sponsored a resolution.
alter table rm_fact_version add column sponsor_role varchar(12);

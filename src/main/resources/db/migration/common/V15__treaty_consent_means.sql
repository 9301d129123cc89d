-- TreatyRatified: how the party consented to be bound (ratification, acceptance, approval
-- or accession). No fact recorded before this column consented to a treaty.
alter table rm_fact_version add column consent_means varchar(12);

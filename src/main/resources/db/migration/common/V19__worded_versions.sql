-- Whether a version has words to search (a summary, quote, speaker, venue or note): a
-- search scans only those, on this index, instead of every version (870,000 UN votes
-- have none).
alter table rm_fact_version add column worded boolean default false not null;
update rm_fact_version set worded = true
where summary is not null or quote is not null or speaker_name is not null or speaker_role is not null
   or venue is not null or note is not null;
create index ix_rm_version_worded on rm_fact_version (worded, fact_id);

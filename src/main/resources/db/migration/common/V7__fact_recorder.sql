-- Who recorded each fact (the principal in the event's metadata); null for facts
-- projected before the recorder was kept, until the read model is rebuilt.
alter table rm_fact add column recorded_by varchar(200);

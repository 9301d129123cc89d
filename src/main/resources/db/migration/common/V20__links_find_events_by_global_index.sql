-- Each chain link names its event's global index, so that the link finds its event by the
-- event store's primary key. Nothing looks an event up by its identifier any more, and
-- the unique index on identifiers cost every append a third string-keyed index entry
-- (6 to 12% of the UN import on H2). Identifiers stay as the identifier factory makes
-- them (UUIDv7), and verify still checks each position's identifier against its link.
-- A link whose event is missing keeps no index; verify reports that link.
alter table ledger_chain add column global_index bigint;
update ledger_chain set global_index =
    (select e.global_index from domain_event_entry e where e.event_identifier = ledger_chain.event_identifier);
alter table domain_event_entry drop constraint uk_domain_event_identifier;

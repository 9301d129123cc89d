-- Whether a source is PRIMARY or SECONDARY; null when its registration did not say.
alter table rm_source add column kind varchar(16);

-- Each version of a source's archived text, numbered from 1.
create table rm_source_archive (
    source_id    varchar(128)  not null,
    version      integer       not null,
    sha256       varchar(64)   not null,
    media_type   varchar(100)  not null,
    url          varchar(2000),
    retrieved_at timestamp(6) with time zone,
    recorded_at  timestamp(6) with time zone not null,
    characters   integer       not null,
    primary key (source_id, version)
);

-- Archived texts by the SHA-256 of their UTF-8 bytes: one row however many versions
-- or sources share a text.
create table rm_archive_text (
    sha256  varchar(64)     not null primary key,
    content varchar(5000000) not null
);

-- Each citation's quote checked against the archived version of its source it was
-- checked against: VERIFIED (found at quote_offset, quote_length characters long),
-- NOT_FOUND (quote_offset and quote_length then give the nearest passage) or NO_ARCHIVE.
-- quote_context is the text around the passage, starting at context_start.
alter table rm_citation add column quote_status varchar(16) default 'NO_ARCHIVE' not null;
alter table rm_citation add column archive_version integer;
alter table rm_citation add column quote_offset integer;
alter table rm_citation add column quote_length integer;
alter table rm_citation add column context_start integer;
alter table rm_citation add column quote_context varchar(8000);
create index ix_rm_citation_status on rm_citation (quote_status, fact_id);

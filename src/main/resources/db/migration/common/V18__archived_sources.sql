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

-- Each citation's quote checked against an archived version of its source (a citation
-- whose source has no archive has no row): VERIFIED (found at quote_offset, quote_length
-- characters long) or NOT_FOUND (quote_offset and quote_length then give the nearest
-- passage). quote_context is the text around the passage, starting at context_start.
create table rm_quote_check (
    fact_id         varchar(128)  not null,
    position        integer       not null,
    source_id       varchar(128)  not null,
    archive_version integer       not null,
    quote_status    varchar(16)   not null,
    quote_offset    integer       not null,
    quote_length    integer       not null,
    context_start   integer       not null,
    quote_context   varchar(8000) not null,
    primary key (fact_id, position)
);
create index ix_rm_quote_check_status on rm_quote_check (quote_status, fact_id);
create index ix_rm_quote_check_source on rm_quote_check (source_id, archive_version);

-- Governance facts none of whose sources is primary (secondary, or of no stated kind).
create table rm_secondary_only (
    fact_id varchar(128) not null primary key
);

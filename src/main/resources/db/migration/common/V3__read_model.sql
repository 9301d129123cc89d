-- Read models, rebuilt from the event store by the "read-model" processor (whose tokens
-- sit in token_entry, in the same transactions as these rows).

create table rm_actor (
    actor_id varchar(128) not null primary key,
    kind     varchar(40)  not null,
    name     varchar(200) not null,
    aliases  varchar(12000) not null
);

create table rm_topic (
    topic_id    varchar(128)  not null primary key,
    name        varchar(200)  not null,
    description varchar(2000) not null
);

create table rm_instrument (
    instrument_id varchar(128)  not null primary key,
    kind          varchar(40)   not null,
    title         varchar(500)  not null,
    date_text     varchar(10),
    issued_by     varchar(128),
    url           varchar(2000)
);

create table rm_source (
    source_id    varchar(128)   not null primary key,
    publisher    varchar(300)   not null,
    title        varchar(500)   not null,
    authors      varchar(12000) not null,
    url          varchar(2000),
    published    varchar(10)    not null,
    retrieved_on date
);

-- Every fact event, amendments included: what was recorded, when, and what it amends.
create table rm_fact (
    fact_id        varchar(128) not null primary key,
    actor_id       varchar(128) not null,
    fact_type      varchar(40)  not null,
    target_fact_id varchar(128),
    reason         varchar(2000),
    source_count   integer      not null,
    recorded_at    timestamp(6) with time zone not null
);
create index ix_rm_fact_target on rm_fact (target_fact_id);
create index ix_rm_fact_source_count on rm_fact (source_count, fact_id);

-- Each governance fact as the ledger knew it between known_from and known_until
-- (recording time); a correction or retraction closes one version and opens the next.
create table rm_fact_version (
    fact_id         varchar(128) not null,
    version         integer      not null,
    known_from      timestamp(6) with time zone not null,
    known_until     timestamp(6) with time zone,
    amended_by      varchar(128),
    retracted       boolean      not null,
    actor_id        varchar(128) not null,
    fact_type       varchar(40)  not null,
    topic_id        varchar(128),
    instrument_id   varchar(128),
    valid_start     date         not null,
    valid_end       date         not null,
    valid_precision varchar(5)   not null,
    stance          varchar(20),
    summary         varchar(2000),
    quote           varchar(4000),
    speaker_name    varchar(300),
    speaker_role    varchar(300),
    venue           varchar(500),
    note            varchar(2000),
    vote            varchar(10),
    adoption_method varchar(10),
    tally_yes       integer,
    tally_no        integer,
    tally_abstain   integer,
    policy_topics   varchar(2600),
    primary key (fact_id, version)
);
create index ix_rm_version_actor_topic on rm_fact_version (actor_id, topic_id, valid_start);
create index ix_rm_version_topic_actor on rm_fact_version (topic_id, actor_id);
create index ix_rm_version_instrument on rm_fact_version (instrument_id, valid_start);
create index ix_rm_version_actor on rm_fact_version (actor_id, valid_start);

create table rm_citation (
    fact_id   varchar(128)  not null,
    position  integer       not null,
    source_id varchar(128)  not null,
    locator   varchar(4000) not null,
    primary key (fact_id, position)
);
create index ix_rm_citation_source on rm_citation (source_id, fact_id);

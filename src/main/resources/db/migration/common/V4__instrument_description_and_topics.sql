-- InstrumentRegistered revision 2: a description, and the topics an instrument concerns.
alter table rm_instrument add column description varchar(4000);

create table rm_instrument_topic (
    instrument_id varchar(128) not null,
    topic_id      varchar(128) not null,
    primary key (instrument_id, topic_id)
);
create index ix_rm_instrument_topic_topic on rm_instrument_topic (topic_id, instrument_id);

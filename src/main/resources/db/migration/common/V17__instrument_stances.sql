-- InstrumentRegistered revision 3: the stance on a topic that signing, joining or becoming
-- a party to an instrument expresses. Stance answers infer it from those facts.
create table rm_instrument_stance (
    instrument_id varchar(128) not null,
    topic_id      varchar(128) not null,
    stance        varchar(20)  not null,
    primary key (instrument_id, topic_id)
);
create index ix_rm_instrument_stance_topic on rm_instrument_stance (topic_id, instrument_id);

-- Which actors have stated a position on which topics (in any version): the topic table
-- and an actor's stance report start here instead of scanning every version of the log.
create table rm_actor_topic (
    actor_id varchar(128) not null,
    topic_id varchar(128) not null,
    primary key (actor_id, topic_id)
);
create index ix_rm_actor_topic_topic on rm_actor_topic (topic_id, actor_id);
insert into rm_actor_topic (actor_id, topic_id)
    select distinct actor_id, topic_id from rm_fact_version
    where fact_type = 'PositionStated' and topic_id is not null;

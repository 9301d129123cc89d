-- rm_fact.source_count counts the distinct sources a fact cites, not its citations: two
-- passages of one source are still a single source. Recounted from rm_citation where a
-- fact has more than one citation (a fact cites at least one).
update rm_fact set source_count = (select count(distinct c.source_id) from rm_citation c where c.fact_id = rm_fact.fact_id)
where source_count > 1;

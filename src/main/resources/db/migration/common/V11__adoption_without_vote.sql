-- WITHOUT_VOTE (12 characters) joins the adoption methods.
alter table rm_fact_version alter column adoption_method set data type varchar(20);

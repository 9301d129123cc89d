-- H2 keeps a BLOB over 256 bytes outside its row, in its LOB storage: every stored event
-- cost several more writes and reads and kilobytes more disk. VARBINARY keeps each value
-- in its row (InlineBinaryH2Dialect maps Axon's @Lob columns to it).
alter table domain_event_entry alter column payload set data type varbinary;
alter table domain_event_entry alter column meta_data set data type varbinary;
alter table snapshot_event_entry alter column payload set data type varbinary;
alter table snapshot_event_entry alter column meta_data set data type varbinary;
alter table token_entry alter column token set data type varbinary;
alter table saga_entry alter column serialized_saga set data type varbinary;
alter table dead_letter_entry alter column payload set data type varbinary;
alter table dead_letter_entry alter column meta_data set data type varbinary;
alter table dead_letter_entry alter column token set data type varbinary;
alter table dead_letter_entry alter column diagnostics set data type varbinary;

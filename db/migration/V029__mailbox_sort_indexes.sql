-- Every grid sort read from an index in its order, id breaking ties (docs/adr/0041): a page at any depth walks the
-- index instead of sorting 100,000 rows. The single-column indexes of state, department and database become
-- (column, id): they serve the same filters, and a sort by them no longer re-sorts each group of equal values.
drop index mailbox_state_idx;
create index mailbox_state_idx on mailbox (state, id);
drop index mailbox_department_idx;
create index mailbox_department_idx on mailbox (department, id);
drop index mailbox_database_idx;
create index mailbox_database_idx on mailbox (lower(database_name), id);
create index mailbox_size_idx on mailbox (size_bytes, id);
create index mailbox_readiness_count_idx on mailbox (cardinality(readiness), id);
create index mailbox_updated_idx on mailbox (updated_at, id);

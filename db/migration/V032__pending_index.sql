-- A first load of many mailboxes drops the table's secondary indexes, inserts its rows and commits; the indexes are
-- then built again after the commit, two at once on two connections (docs/adr/0046). Each dropped index's definition
-- is written here in the load's own transaction, and deleted in the transaction that builds the index again: a crash
-- at any moment leaves either the index or its row here, and the next start builds what is left.
create table pending_index (
    name       text primary key,
    table_name text        not null,
    definition text        not null,
    dropped_at timestamptz not null
);

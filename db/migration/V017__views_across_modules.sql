-- A module reads another module's table only through a view the owner publishes here (docs/adr/0024).

-- Owned by batch: each batch's id and name and whether it was removed, for the mailbox module
-- (a mailbox shows the name of its batch; the grid filters by it and offers the batches not removed).
create view batch_name as
select id, name, status = 'REMOVED' as removed from migration_batch;

-- Owned by batch: the migration endpoint each batch not removed uses, for the project module
-- (an endpoint in use cannot be deleted).
create view batch_endpoint_use as
select name as batch_name, endpoint_name from migration_batch where status <> 'REMOVED';

-- Owned by mailbox: how many mailboxes the inventory holds, for the project module's method advice.
create view mailbox_inventory_size as
select count(*)::integer as mailboxes from mailbox;

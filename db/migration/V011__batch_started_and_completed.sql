-- When each batch actually started and completed, for the lead's dashboard (planned against actual dates). Batches
-- that exist already take the times from their history; automatic batches, created running without a status row
-- in their history, take their creation.
alter table migration_batch add column started_at timestamptz;
alter table migration_batch add column completed_at timestamptz;

update migration_batch b set started_at = coalesce(
        (select min(h.at) from batch_history h where h.batch_id = b.id and h.field = 'status'
            and h.new_value in ('Starting', 'Syncing', 'Synced', 'SyncedWithErrors', 'Completing', 'Completed',
                                'CompletedWithErrors')),
        case when b.start_mode = 'AUTOMATIC' then b.created_at end);
update migration_batch b set completed_at = (select min(h.at) from batch_history h where h.batch_id = b.id
        and h.field = 'status' and h.new_value in ('Completed', 'CompletedWithErrors'))
    where b.status in ('COMPLETED', 'COMPLETED_WITH_ERRORS', 'REMOVING', 'REMOVED');

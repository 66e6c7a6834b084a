-- A batch's planned window: the day its mailboxes should be finalised, so a batch running longer than planned shows late.
alter table migration_batch add column planned_end date;
alter table migration_batch add constraint migration_batch_planned_end_after_start
    check (planned_end is null or planned_start is null or planned_end >= planned_start);

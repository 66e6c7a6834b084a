-- The lead's dashboard at 100,000 mailboxes (benchmark: DashboardBenchmark). Each widget is one query; these keep
-- the two that grew with the data from reading whole tables:
-- completions per day read only the history rows that record a move to COMPLETED (an index-only scan),
create index mailbox_history_completed_idx on mailbox_history (mailbox_id, at)
    where field = 'state' and new_value = 'COMPLETED';
-- and licences due read only moved mailboxes still without a licence, by their deadline.
create index mailbox_licence_due_idx on mailbox (cloud_created_on, id)
    where licence_assigned_on is null and cloud_created_on is not null;

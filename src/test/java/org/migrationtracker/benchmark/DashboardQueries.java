package org.migrationtracker.benchmark;

import java.util.List;

/**
 * The aggregate queries a dashboard refresh needs, written out as plain SQL (the yardstick for the refresh: the
 * database's share of the work). They follow {@code FiguresStore}, {@code BatchMailboxStore.countsByBatch} and the
 * plan's tally; {@code StatementCountTest} keeps the application's own number of statements in check.
 */
final class DashboardQueries {

    private static final String MOVED_UNLICENSED = "recipient_type = 'USER' and licence_assigned_on is null"
            + " and state in ('SYNCING', 'SYNCED', 'COMPLETED', 'CONVERTED_TO_MAIL_USER', 'DONE')";
    private static final String LICENCE_DUE = MOVED_UNLICENSED + " and cloud_created_on is not null"
            + " and cloud_created_on <= current_date + 7 - 30";
    private static final String NOT_RUNNING = "state in ('NOT_READY', 'READY', 'IN_BATCH')";

    static final List<String> ALL = List.of(
            "select state, count(*) from mailbox group by state",
            "select (first_completed at time zone 'UTC')::date as day, count(*) from (select mailbox_id, min(at) as first_completed"
                    + " from mailbox_history where field = 'state' and new_value = 'COMPLETED' group by mailbox_id) c group by day order by day",
            "select * from migration_batch where status <> 'REMOVED' order by name",
            """
            select batch_id, count(*), count(*) filter (where state = 'IN_BATCH'), count(*) filter (where state = 'SYNCING'),
                   count(*) filter (where state = 'SYNCED'),
                   count(*) filter (where state in ('COMPLETED', 'CONVERTED_TO_MAIL_USER', 'DONE')),
                   count(*) filter (where state = 'FAILED'), count(*) filter (where not ready),
                   count(*) filter (where state = 'SKIPPED'), count(*) filter (where state in ('CONVERTED_TO_MAIL_USER', 'DONE'))
            from mailbox where batch_id is not null group by batch_id""",
            "select * from migration_project",
            "select reason, count(*) from mailbox, unnest(readiness) as reason where state = 'NOT_READY' group by reason"
                    + " order by count(*) desc, reason",
            "select count(*) from mailbox where " + LICENCE_DUE,
            "select * from mailbox where " + LICENCE_DUE + " order by cloud_created_on, id limit 10",
            "select * from mailbox where state = 'FAILED' order by updated_at desc nulls last, id desc limit 10",
            "select count(*) filter (where state <> 'SKIPPED'),"
                    + " count(*) filter (where state in ('NOT_READY', 'READY', 'IN_BATCH', 'SYNCING', 'SYNCED', 'FAILED')),"
                    + " count(*) filter (where " + NOT_RUNNING + " and 'UM_STILL_ENABLED' = any(readiness)),"
                    + " count(*) filter (where " + NOT_RUNNING + " and readiness && array['NO_MAILBOX_ACCESS', 'NO_WRITE_PROPERTY']),"
                    + " count(*) filter (where " + MOVED_UNLICENSED + "), min(cloud_created_on) filter (where " + MOVED_UNLICENSED + "),"
                    + " count(*) filter (where state = 'COMPLETED' and not mail_user_converted) from mailbox",
            "select * from plan_step",
            "select * from plan_step_value");

    private DashboardQueries() {
    }
}

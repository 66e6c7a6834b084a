package org.migrationtracker.mailbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The inventory counted in the database for the overviews (dashboard, project plan): each figure one statement. */
@Repository
class FiguresStore {

    private static final String NOT_RUNNING = "state in ('NOT_READY', 'READY', 'IN_BATCH')";
    private static final String MOVED_UNLICENSED = "recipient_type = 'USER' and licence_assigned_on is null"
            + " and state in ('SYNCING', 'SYNCED', 'COMPLETED', 'CONVERTED_TO_MAIL_USER', 'DONE')";

    /**
     * Which mailboxes can be due a licence: user mailboxes (000) being moved or moved (a cloud user created by directory
     * synchronisation before any batch has no mailbox to disable yet), with a cloud creation date and no licence.
     */
    private static final String LICENCE_DUE = " " + MOVED_UNLICENSED + " and m.cloud_created_on is not null"
            + " and m.cloud_created_on <= ?::date - " + Mailbox.LICENCE_GRACE_DAYS;

    private final JdbcTemplate jdbc;

    FiguresStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every mailbox counted once, grouped by what the figures tell apart (batch, state, readiness, conversion and
     * licence); the groups, a few hundred at most, are added up here into each figure.
     */
    MailboxOverview overview() {
        var groups = new ArrayList<OverviewGroup>();
        jdbc.query("""
                select batch_id, state, readiness, ready, mail_user_converted,
                       recipient_type = 'USER' and licence_assigned_on is null, count(*), min(cloud_created_on)
                from mailbox group by 1, 2, 3, 4, 5, 6""", rs -> {
            var reasons = EnumSet.noneOf(ReadinessReason.class);
            var readiness = rs.getArray(3);
            if (readiness != null) {
                for (Object reason : (Object[]) readiness.getArray()) {
                    reasons.add(ReadinessReason.valueOf((String) reason));
                }
            }
            groups.add(new OverviewGroup(rs.getObject(1, Long.class), MailboxState.valueOf(rs.getString(2)), reasons,
                    rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6), rs.getInt(7), rs.getObject(8, LocalDate.class)));
        });
        return OverviewGroup.overview(groups);
    }

    /** Mailboxes completed per day (the first time each reached COMPLETED), from the history: one query. */
    SortedMap<LocalDate, Integer> completionsPerDay(ZoneId zone) {
        var perDay = new TreeMap<LocalDate, Integer>();
        jdbc.query("select (first_completed at time zone ?)::date as day, count(*) from ("
                + " select mailbox_id, min(at) as first_completed from mailbox_history"
                + " where field = 'state' and new_value = 'COMPLETED' group by mailbox_id) c"
                + " group by day order by day",
                rs -> { perDay.put(rs.getObject(1, LocalDate.class), rs.getInt(2)); }, zone.getId());
        return perDay;
    }

    /** Moved user mailboxes without a licence whose 30-day deadline falls before the given day, earliest first. */
    List<Mailbox> licencesDue(LocalDate before, int limit) {
        return jdbc.query(MailboxColumns.SELECT + " where" + LICENCE_DUE + " order by m.cloud_created_on, m.id limit ?",
                MailboxStore.ROW, before, limit);
    }

    int licencesDueCount(LocalDate before) {
        Integer count = jdbc.queryForObject("select count(*) from mailbox m where" + LICENCE_DUE, Integer.class, before);
        return count == null ? 0 : count;
    }

    /** The whole inventory counted for the project plan's checks: one statement, no rows read. */
    MailboxTally tally() {
        return jdbc.queryForObject("select"
                + " count(*) filter (where state <> 'SKIPPED'),"
                + " count(*) filter (where state in ('NOT_READY', 'READY', 'IN_BATCH', 'SYNCING', 'SYNCED', 'FAILED')),"
                + " count(*) filter (where " + NOT_RUNNING + " and 'UM_STILL_ENABLED' = any(readiness)),"
                + " count(*) filter (where " + NOT_RUNNING + " and readiness && array['NO_MAILBOX_ACCESS', 'NO_WRITE_PROPERTY']),"
                + " count(*) filter (where " + MOVED_UNLICENSED + "),"
                + " min(cloud_created_on) filter (where " + MOVED_UNLICENSED + "),"
                + " count(*) filter (where state = 'COMPLETED' and not mail_user_converted)"
                + " from mailbox", (rs, n) -> {
                    var oldest = rs.getObject(6, LocalDate.class);
                    return new MailboxTally(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            oldest == null ? null : oldest.plusDays(Mailbox.LICENCE_GRACE_DAYS), rs.getInt(7));
                });
    }

    /** Moved user mailboxes without a licence per 30-day deadline (the cloud user's creation day + 30). */
    SortedMap<LocalDate, Integer> licenceDeadlines() {
        var perDay = new TreeMap<LocalDate, Integer>();
        jdbc.query("select cloud_created_on + " + Mailbox.LICENCE_GRACE_DAYS + ", count(*) from mailbox where "
                        + MOVED_UNLICENSED + " and cloud_created_on is not null group by 1",
                rs -> { perDay.put(rs.getObject(1, LocalDate.class), rs.getInt(2)); });
        return perDay;
    }
}

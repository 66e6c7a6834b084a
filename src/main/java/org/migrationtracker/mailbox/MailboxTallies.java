package org.migrationtracker.mailbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts over the whole inventory for other modules' overviews (the project plan): one statement, no rows read. */
@Service
public class MailboxTallies {

    private static final String NOT_RUNNING = "state in ('NOT_READY', 'READY', 'IN_BATCH')";
    private static final String MOVED_UNLICENSED = "recipient_type = 'USER' and licence_assigned_on is null"
            + " and state in ('SYNCING', 'SYNCED', 'COMPLETED', 'CONVERTED_TO_MAIL_USER', 'DONE')";

    private final JdbcTemplate jdbc;

    MailboxTallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MailboxTally tally() {
        return jdbc.queryForObject("select"
                + " count(*) filter (where state <> 'SKIPPED'),"
                + " count(*) filter (where state in ('NOT_READY', 'READY', 'IN_BATCH', 'SYNCING', 'SYNCED', 'FAILED')),"
                + " count(*) filter (where " + NOT_RUNNING + " and 'UM_STILL_ENABLED' = any(readiness)),"
                + " count(*) filter (where " + NOT_RUNNING + " and readiness && array['NO_MAILBOX_ACCESS', 'NO_WRITE_PROPERTY']),"
                + " count(*) filter (where " + MOVED_UNLICENSED + "),"
                + " min(cloud_created_on) filter (where " + MOVED_UNLICENSED + "),"
                + " count(*) filter (where state = 'COMPLETED' and not mail_user_converted)"
                + " from mailbox", (rs, n) -> {
                    var oldest = rs.getObject(6, java.time.LocalDate.class);
                    return new MailboxTally(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            oldest == null ? null : oldest.plusDays(Mailbox.LICENCE_GRACE_DAYS), rs.getInt(7));
                });
    }

    /** Moved user mailboxes without a licence per 30-day deadline (the cloud user's creation day + 30), earliest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.SortedMap<java.time.LocalDate, Integer> licenceDeadlines() {
        var perDay = new java.util.TreeMap<java.time.LocalDate, Integer>();
        jdbc.query("select cloud_created_on + " + Mailbox.LICENCE_GRACE_DAYS + ", count(*) from mailbox where "
                        + MOVED_UNLICENSED + " and cloud_created_on is not null group by 1",
                rs -> { perDay.put(rs.getObject(1, java.time.LocalDate.class), rs.getInt(2)); });
        return perDay;
    }
}

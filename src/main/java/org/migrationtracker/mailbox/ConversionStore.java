package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;

/** What the mail-user conversion reads: the mailboxes' X500 addresses and a batch's completed mailboxes, one statement each. */
@Repository
class ConversionStore {

    private final JdbcTemplate jdbc;

    ConversionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> x500Addresses(long mailboxId) {
        return jdbc.query("select x500_addresses from mailbox where id = ?", (rs, n) -> strings(rs.getArray(1)), mailboxId)
                .stream().findFirst().orElse(List.of());
    }

    /** The batch's completed mailboxes (migrated, not yet converted), by primary address. */
    List<MailUserConversion> completedIn(long batchId, String routingDomain) {
        return jdbc.query("""
                select id, primary_address, display_name, proxy_addresses, x500_addresses from mailbox
                where batch_id = ? and state = 'COMPLETED' order by primary_address""",
                (rs, n) -> MailUserConversion.of(rs.getLong(1), rs.getString(2), rs.getString(3), strings(rs.getArray(4)),
                        strings(rs.getArray(5)), routingDomain), batchId);
    }

    int countCompletedIn(long batchId) {
        Integer count = jdbc.queryForObject("select count(*) from mailbox where batch_id = ? and state = 'COMPLETED'",
                Integer.class, batchId);
        return count == null ? 0 : count;
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}

package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What the mail-user conversion reads: the mailboxes' X500 addresses, a batch's completed mailboxes, and when mailboxes
 * last reached COMPLETED (from their history), each in one statement for any number of mailboxes.
 */
@Repository
class ConversionStore {

    /** A tracked mailbox as the recipients import compares it with Exchange. */
    record Facts(long id, String primaryAddress, String displayName, MailboxState state, List<String> smtpProxies,
                 List<String> x500Addresses, @Nullable Instant completedAt) {

        /** What its conversion asked of Exchange (the addresses it keeps; the target is not in a recipients export). */
        MailUserConversion conversion() {
            return MailUserConversion.of(id, primaryAddress, displayName, smtpProxies, x500Addresses, "");
        }
    }

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

    /** The mailboxes with the last time each reached COMPLETED (the partial index on those history rows answers it). */
    List<Facts> facts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select m.id, m.primary_address, m.display_name, m.state, m.proxy_addresses, m.x500_addresses, c.completed_at
                    from mailbox m left join lateral (
                        select max(h.at) as completed_at from mailbox_history h
                        where h.mailbox_id = m.id and h.field = 'state' and h.new_value = 'COMPLETED') c on true
                    where m.id = any(?) order by m.primary_address""");
            ps.setArray(1, con.createArrayOf("bigint", ids.toArray()));
            return ps;
        }, (rs, n) -> new Facts(rs.getLong(1), rs.getString(2), rs.getString(3), MailboxState.valueOf(rs.getString(4)),
                strings(rs.getArray(5)), strings(rs.getArray(6)), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}

package org.migrationtracker.mailbox;

import org.migrationtracker.mailbox.batches.BatchCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The batch module's reads of the mailbox table ({@link BatchMailboxes}): members, counts, names, primary addresses. */
@Repository
class BatchMailboxStore {

    private final JdbcTemplate jdbc;

    BatchMailboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> idsInBatch(long batchId, Set<MailboxState> states) {
        return jdbc.query(con -> {
            var ps = con.prepareStatement("select id from mailbox where batch_id = ? and state = any(?) order by id");
            ps.setLong(1, batchId);
            ps.setArray(2, con.createArrayOf("text", states.stream().map(Enum::name).toArray()));
            return ps;
        }, (rs, n) -> rs.getLong(1));
    }

    List<Mailbox> inBatch(long batchId) {
        return jdbc.query(MailboxColumns.SELECT + " where m.batch_id = ? order by m.primary_address", MailboxStore.ROW, batchId);
    }

    /** The primary addresses of a batch's mailboxes, in address order: one index range, no other column read. */
    List<String> addressesInBatch(long batchId) {
        return jdbc.queryForList("select m.primary_address from mailbox m where m.batch_id = ? order by m.primary_address",
                String.class, batchId);
    }

    Map<Long, String> batchNamesOf(Collection<Long> ids) {
        var names = new HashMap<Long, String>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("select m.id, b.name from mailbox m join batch_name b on b.id = m.batch_id where m.id = any(?)");
            ps.setArray(1, con.createArrayOf("bigint", ids.toArray()));
            return ps;
        }, rs -> { names.put(rs.getLong(1), rs.getString(2)); });
        return names;
    }

    /** One query for every batch: how its mailboxes stand. */
    Map<Long, BatchCounts> countsByBatch() {
        var counts = new HashMap<Long, BatchCounts>();
        jdbc.query("""
                select batch_id, count(*),
                       count(*) filter (where state = 'IN_BATCH'),
                       count(*) filter (where state = 'SYNCING'),
                       count(*) filter (where state = 'SYNCED'),
                       count(*) filter (where state in ('COMPLETED', 'CONVERTED_TO_MAIL_USER', 'DONE')),
                       count(*) filter (where state = 'FAILED'),
                       count(*) filter (where not ready),
                       count(*) filter (where state = 'SKIPPED'),
                       count(*) filter (where state in ('CONVERTED_TO_MAIL_USER', 'DONE'))
                from mailbox where batch_id is not null group by batch_id""", rs -> {
            counts.put(rs.getLong(1), new BatchCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                    rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)));
        });
        return counts;
    }
}

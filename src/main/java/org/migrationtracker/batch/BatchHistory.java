package org.migrationtracker.batch;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The batches' lasting history (Microsoft deletes completed batches after 60 days, failed ones after 90). */
@Repository
class BatchHistory {

    private final JdbcTemplate jdbc;

    BatchHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(long batchId, Instant at, String actor, UUID operation, String field, @Nullable Object oldValue,
                @Nullable Object newValue) {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        jdbc.update("insert into batch_history (batch_id, at, actor, operation_id, field, old_value, new_value) values (?, ?, ?, ?, ?, ?, ?)",
                batchId, Timestamp.from(at), actor, operation, field, oldValue == null ? null : oldValue.toString(),
                newValue == null ? null : newValue.toString());
    }

    void note(long batchId, String author, Instant at, String text) {
        jdbc.update("insert into batch_note (batch_id, author, at, text) values (?, ?, ?, ?)", batchId, author, Timestamp.from(at), text);
    }

    List<BatchNote> notes(long batchId) {
        return jdbc.query("select author, at, text from batch_note where batch_id = ? order by at desc, id desc",
                (rs, n) -> new BatchNote(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)), batchId);
    }

    List<BatchHistoryEntry> of(long batchId) {
        return jdbc.query("""
                select at, actor, operation_id, field, old_value, new_value from batch_history
                where batch_id = ? order by at desc, id desc limit 500""",
                (rs, n) -> new BatchHistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6)), batchId);
    }
}

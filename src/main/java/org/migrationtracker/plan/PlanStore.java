package org.migrationtracker.plan;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The recorded steps, their values and history (V015), in plain SQL. */
@Repository
class PlanStore {

    private final JdbcTemplate jdbc;

    PlanStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Step, StepRecord> all() {
        var values = new EnumMap<Step, Map<StepField, String>>(Step.class);
        jdbc.query("select step, field, value from plan_step_value", rs -> {
            var step = step(rs.getString(1));
            var field = field(rs.getString(2));
            String value = rs.getString(3);
            if (step.isPresent() && field.isPresent()) {
                values.computeIfAbsent(step.get(), s -> new EnumMap<>(StepField.class)).put(field.get(), value);
            }
        });
        var records = new EnumMap<Step, StepRecord>(Step.class);
        jdbc.query("select * from plan_step", rs -> {
            step(rs.getString("step")).ifPresent(step -> {
                try {
                    records.put(step, row(rs, step, values.getOrDefault(step, Map.of())));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        });
        return records;
    }

    Optional<StepRecord> find(Step step) {
        var values = new EnumMap<StepField, String>(StepField.class);
        jdbc.query("select field, value from plan_step_value where step = ?", rs -> {
            var field = field(rs.getString(1));
            String value = rs.getString(2);
            field.ifPresent(f -> values.put(f, value));
        }, step.name());
        return jdbc.query("select * from plan_step where step = ?", (rs, n) -> row(rs, step, values), step.name())
                .stream().findFirst();
    }

    /** Writes the step if it is still at the expected version; false when someone else saved first. */
    boolean save(StepRecord saved, long expectedVersion) {
        int rows;
        if (expectedVersion == 0) {
            rows = jdbc.update("""
                    insert into plan_step (step, status, owner, due_on, done_at, note, updated_at, updated_by, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 1) on conflict (step) do nothing""",
                    saved.step().name(), saved.status().name(), saved.owner(), saved.dueOn(), timestamp(saved.doneAt()),
                    saved.note(), timestamp(saved.updatedAt()), saved.updatedBy());
        } else {
            rows = jdbc.update("""
                    update plan_step set status = ?, owner = ?, due_on = ?, done_at = ?, note = ?, updated_at = ?,
                    updated_by = ?, version = version + 1 where step = ? and version = ?""",
                    saved.status().name(), saved.owner(), saved.dueOn(), timestamp(saved.doneAt()), saved.note(),
                    timestamp(saved.updatedAt()), saved.updatedBy(), saved.step().name(), expectedVersion);
        }
        if (rows != 1) {
            return false;
        }
        jdbc.update("delete from plan_step_value where step = ?", saved.step().name());
        jdbc.batchUpdate("insert into plan_step_value (step, field, value) values (?, ?, ?)",
                saved.values().entrySet().stream()
                        .map(e -> new Object[] {saved.step().name(), e.getKey().name(), e.getValue()}).toList());
        return true;
    }

    void recordHistory(Step step, Instant at, String actor, List<StepHistoryEntry> changes) {
        jdbc.batchUpdate("insert into plan_step_history (step, at, actor, field, old_value, new_value) values (?, ?, ?, ?, ?, ?)",
                changes.stream().map(c -> new Object[] {step.name(), Timestamp.from(at), actor, c.field(), c.oldValue(), c.newValue()})
                        .toList());
    }

    List<StepHistoryEntry> history(Step step, int limit) {
        return jdbc.query("select at, actor, field, old_value, new_value from plan_step_history where step = ?"
                        + " order by at desc, id desc limit ?",
                (rs, n) -> new StepHistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), step.name(), limit);
    }

    private static StepRecord row(ResultSet rs, Step step, Map<StepField, String> values) throws SQLException {
        var done = rs.getTimestamp("done_at");
        var updated = rs.getTimestamp("updated_at");
        return new StepRecord(step, StepStatus.valueOf(rs.getString("status")), rs.getString("owner"),
                rs.getObject("due_on", LocalDate.class), done == null ? null : done.toInstant(), rs.getString("note"),
                values, updated == null ? null : updated.toInstant(), rs.getString("updated_by"), rs.getLong("version"));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /** A step or field an older or newer version wrote and this one does not know is left alone. */
    private static Optional<Step> step(String name) {
        try {
            return Optional.of(Step.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<StepField> field(String name) {
        try {
            return Optional.of(StepField.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package org.migrationtracker.plan;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What people recorded for a step: its status, owner (a tracker user's name), due day, when it was done, a note and
 * its values. A step nobody touched yet is {@link #untouched(Step)} (version 0, no row in the database).
 */
public record StepRecord(Step step, StepStatus status, @Nullable String owner, @Nullable LocalDate dueOn,
                         @Nullable Instant doneAt, String note, Map<StepField, String> values,
                         @Nullable Instant updatedAt, String updatedBy, long version) {

    public StepRecord {
        values = Map.copyOf(values);
    }

    static StepRecord untouched(Step step) {
        return new StepRecord(step, StepStatus.OPEN, null, null, null, "", Map.of(), null, "", 0);
    }

    /** Someone worked on it: a changed method keeps it (marked not applicable) rather than forgetting it. */
    public boolean touched() {
        return version > 0 || updatedAt != null;
    }

    public @Nullable String value(StepField field) {
        return values.get(field);
    }
}

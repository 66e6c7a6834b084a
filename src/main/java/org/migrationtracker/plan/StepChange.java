package org.migrationtracker.plan;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * An edit of a step as a screen or the API sends it: the whole editable state (status, owner, due day, note and the
 * step's values as text; an empty or missing value clears it).
 *
 * @param doneAt when a step ticked after the fact was done (not in the future); null for "now", or to keep the time
 *               of a step that was done already
 */
public record StepChange(StepStatus status, @Nullable String owner, @Nullable LocalDate dueOn, String note,
                         Map<StepField, String> values, @Nullable Instant doneAt) {

    public StepChange(StepStatus status, @Nullable String owner, @Nullable LocalDate dueOn, String note,
                      Map<StepField, String> values) {
        this(status, owner, dueOn, note, values, null);
    }

    public StepChange {
        status = status == null ? StepStatus.OPEN : status;
        owner = owner == null || owner.isBlank() ? null : owner.strip();
        note = note == null ? "" : note.strip();
        var cleaned = new EnumMap<StepField, String>(StepField.class);
        if (values != null) {
            values.forEach((field, value) -> {
                if (field != null && value != null && !value.isBlank()) {
                    cleaned.put(field, value.strip());
                }
            });
        }
        values = Map.copyOf(cleaned);
    }

    /** The same change, done at the given time (a step ticked late, or the demo's past). */
    public StepChange withDoneAt(@Nullable Instant at) {
        return new StepChange(status, owner, dueOn, note, values, at);
    }
}

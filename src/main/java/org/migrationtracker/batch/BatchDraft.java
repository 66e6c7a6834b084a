package org.migrationtracker.batch;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** What an admin says about a new batch (or an edit of one). */
public record BatchDraft(String name, StartMode startMode, @Nullable LocalDate plannedStart, String endpointName,
                         String notes, @Nullable LocalDate plannedEnd) {

    /** A draft without a planned end. */
    public BatchDraft(String name, StartMode startMode, @Nullable LocalDate plannedStart, String endpointName, String notes) {
        this(name, startMode, plannedStart, endpointName, notes, null);
    }

    public BatchDraft {
        name = name.strip();
        endpointName = endpointName.strip();
        notes = notes.strip();
    }

    BatchDraft named(String newName) {
        return new BatchDraft(newName, startMode, plannedStart, endpointName, notes, plannedEnd);
    }
}

package org.migrationtracker.batch;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a batch is late against its planned window: its planned start passed and it never ran, or its planned end
 * passed while mailboxes are still unfinished. A batch that finished, or was removed, is never late.
 */
public enum BatchLateness {
    NOT_STARTED,
    RUNNING_LONGER;

    private static final Set<BatchStatus> FINISHED = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.COMPLETED_WITH_ERRORS,
            BatchStatus.REMOVING, BatchStatus.REMOVED);

    /** @return how the batch is late on {@code today}, or null when it is on time (or has no plan to be late against) */
    public static @Nullable BatchLateness of(BatchOverview overview, LocalDate today) {
        var batch = overview.batch();
        if (FINISHED.contains(batch.getStatus())) {
            return null;
        }
        if (!overview.hasRun()) {
            return batch.getPlannedStart() != null && batch.getPlannedStart().isBefore(today) ? NOT_STARTED : null;
        }
        var end = batch.getPlannedEnd();
        return end != null && end.isBefore(today) && overview.counts().unfinished() > 0 ? RUNNING_LONGER : null;
    }

    /** "Late: planned to start 3 Nov 2026" or "Late: planned to end 5 Nov 2026", the day in the reader's format. */
    public Message message(MigrationBatch batch) {
        var day = this == NOT_STARTED ? batch.getPlannedStart() : batch.getPlannedEnd();
        return Message.of("batch.late." + name(), day == null ? "–" : day);
    }
}

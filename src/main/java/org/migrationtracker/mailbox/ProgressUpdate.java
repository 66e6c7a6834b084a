package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What one row of a status export says of a mailbox's move; null where the export has no such column
 * (the recorded value is kept), an empty string where the column is there but empty (the value is cleared).
 */
public record ProgressUpdate(String status, @Nullable String statusDetail, @Nullable Instant lastSuccessfulSync,
                             @Nullable Long itemsSynced, @Nullable Long itemsSkipped, @Nullable Integer percentComplete,
                             @Nullable String dataConsistency) {

    MigrationProgress applyTo(MigrationProgress current) {
        return new MigrationProgress(status,
                statusDetail == null ? current.statusDetail() : statusDetail,
                lastSuccessfulSync == null ? current.lastSuccessfulSync() : lastSuccessfulSync,
                itemsSynced == null ? current.itemsSynced() : itemsSynced,
                itemsSkipped == null ? current.itemsSkipped() : itemsSkipped,
                percentComplete == null ? current.percentComplete() : percentComplete,
                dataConsistency == null ? current.dataConsistency() : dataConsistency);
    }
}

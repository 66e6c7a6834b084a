package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

import static org.migrationtracker.mailbox.MailboxColumns.*;

/**
 * Microsoft's last word on a mailbox's move, from the status exports, kept raw: the tracker's own state is
 * derived from it, but the status, its detail and the error text are shown as Exchange wrote them.
 */
public record MigrationProgress(String status, String statusDetail, @Nullable Instant lastSuccessfulSync,
                                @Nullable Long itemsSynced, @Nullable Long itemsSkipped, @Nullable Integer percentComplete,
                                String dataConsistency) {

    public static final MigrationProgress NONE = new MigrationProgress("", "", null, null, null, null, "");

    static MigrationProgress of(MailboxValues v) {
        return new MigrationProgress(v.get(MS_STATUS), v.get(MS_STATUS_DETAIL), v.get(LAST_SUCCESSFUL_SYNC),
                v.get(ITEMS_SYNCED), v.get(ITEMS_SKIPPED), v.get(PERCENT_COMPLETE), v.get(DATA_CONSISTENCY));
    }
}

package org.migrationtracker.batch;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When a batch may be removed without losing mail: the MX record points to Microsoft 365, 72 hours have passed
 * since that change, the batch synced after it, and every mailbox in it is completed (or skipped). Plain Java.
 */
public final class RemovalGuard {

    public static final Duration MX_WAIT = Duration.ofHours(72);

    private RemovalGuard() {
    }

    /**
     * @param unfinished mailboxes of the batch that are neither completed nor skipped
     * @return every unmet condition in words; empty when the batch may be removed
     */
    public static List<String> unmet(boolean mxPointsToCloud, @Nullable Instant mxChangedAt, @Nullable Instant lastSyncedAt,
                                     int unfinished, Instant now) {
        var unmet = new ArrayList<String>();
        if (!mxPointsToCloud || mxChangedAt == null) {
            unmet.add("the MX record does not point to Microsoft 365 yet");
        } else {
            Instant allowed = mxChangedAt.plus(MX_WAIT);
            if (now.isBefore(allowed)) {
                unmet.add("72 hours have not passed since the MX change (" + mxChangedAt + "); that holds from " + allowed);
            }
            if (lastSyncedAt == null || !lastSyncedAt.isAfter(mxChangedAt)) {
                unmet.add("the batch has not synced since the MX change (last synced: "
                        + (lastSyncedAt == null ? "never" : lastSyncedAt.toString()) + ")");
            }
        }
        if (unfinished > 0) {
            unmet.add(unfinished + " mailbox(es) in the batch are not completed yet");
        }
        return unmet;
    }
}

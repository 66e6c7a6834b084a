package org.migrationtracker.batch;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When a batch may be removed without losing mail: the MX record points to Microsoft 365, 72 hours have passed
 * since that change, the batch synced after it, every mailbox in it is completed (or skipped) and, in a staged
 * migration, converted to a mail user (002: convert, route mail, then remove the batch). Plain Java.
 */
public final class RemovalGuard {

    public static final Duration MX_WAIT = Duration.ofHours(72);
    /** The key of the 72-hour blocker, for screens that say the removal time once themselves. */
    public static final String WAIT_72H = "removal.wait-72h";

    /** What {@link #unmet} said holds a batch only until the 72 hours after the MX change have passed. */
    public static boolean onlyWaiting(List<Message> unmet) {
        return unmet.size() == 1 && unmet.getFirst().key().equals(WAIT_72H);
    }

    private RemovalGuard() {
    }

    /**
     * @param unfinished   mailboxes of the batch that are neither completed nor skipped
     * @param notConverted completed mailboxes whose on-premises mailbox must still become a mail user (staged only)
     * @return every unmet condition in words; empty when the batch may be removed
     */
    public static List<Message> unmet(boolean mxPointsToCloud, @Nullable Instant mxChangedAt, @Nullable Instant lastSyncedAt,
                                     int unfinished, int notConverted, Instant now) {
        var unmet = new ArrayList<Message>();
        if (!mxPointsToCloud || mxChangedAt == null) {
            unmet.add(Message.of("removal.mx-not-moved"));
        } else {
            Instant allowed = mxChangedAt.plus(MX_WAIT);
            if (now.isBefore(allowed)) {
                unmet.add(Message.of(WAIT_72H, mxChangedAt, allowed));
            }
            if (lastSyncedAt == null || !lastSyncedAt.isAfter(mxChangedAt)) {
                unmet.add(lastSyncedAt == null ? Message.of("removal.never-synced")
                        : Message.of("removal.not-synced-since", lastSyncedAt));
            }
        }
        if (unfinished > 0) {
            unmet.add(Message.of("removal.unfinished", unfinished));
        }
        if (notConverted > 0) {
            unmet.add(Message.of("removal.not-converted", notConverted));
        }
        return unmet;
    }
}

package org.migrationtracker.dashboard;

import org.migrationtracker.mailbox.MailboxState;

/**
 * The dashboard's headline tiles: each mailbox state belongs to exactly one tile (the switch is exhaustive, so a
 * new state cannot be left out), and the tiles add up to every mailbox in the tracker.
 */
public enum DashboardTile {
    DONE,
    IN_FLIGHT,
    /** ready and waiting for a batch */
    READY,
    NOT_READY,
    FAILED,
    SKIPPED;

    public static DashboardTile of(MailboxState state) {
        return switch (state) {
            case COMPLETED, CONVERTED_TO_MAIL_USER, DONE -> DONE;
            case IN_BATCH, SYNCING, SYNCED -> IN_FLIGHT;
            case READY -> READY;
            case NOT_READY -> NOT_READY;
            case FAILED -> FAILED;
            case SKIPPED -> SKIPPED;
        };
    }

    /** The tile's label key, e.g. {@code dashboard.tile.IN_FLIGHT}. */
    public String labelKey() {
        return "dashboard.tile." + name();
    }
}

package org.migrationtracker.batch;

/** How the batch starts in Exchange. */
public enum StartMode {
    /** Starts at once: the batch is Syncing from creation, and only ready mailboxes may be in it. */
    AUTOMATIC,
    /** Created now, started later by the admin. */
    MANUAL
}

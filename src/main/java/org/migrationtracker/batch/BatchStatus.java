package org.migrationtracker.batch;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/** A batch's status in the Exchange admin center's own words. */
public enum BatchStatus {
    CREATED("Created"),
    STARTING("Starting"),
    SYNCING("Syncing"),
    SYNCED("Synced"),
    SYNCED_WITH_ERRORS("SyncedWithErrors"),
    COMPLETING("Completing"),
    COMPLETED("Completed"),
    COMPLETED_WITH_ERRORS("CompletedWithErrors"),
    STOPPED("Stopped"),
    FAILED("Failed"),
    REMOVING("Removing"),
    REMOVED("Removed");

    private final String exchangeName;

    BatchStatus(String exchangeName) {
        this.exchangeName = exchangeName;
    }

    /** As Exchange writes it. */
    public String exchangeName() {
        return exchangeName;
    }

    /** Exchange has started moving its mailboxes. */
    public boolean hasStarted() {
        return this != CREATED;
    }

    public boolean isRunning() {
        return this == STARTING || this == SYNCING || this == SYNCED || this == SYNCED_WITH_ERRORS || this == COMPLETING;
    }

    /**
     * Get-MigrationBatch's Status (Created, Starting, Syncing, IncrementalSyncing, Synced, SyncedWithErrors, Completing,
     * Completed, CompletedWithErrors, Stopping, Stopped, Failed, Removing, Corrupted, Waiting) in the tracker's words;
     * null for a value Exchange did not document (kept raw and reported).
     */
    public static @Nullable BatchStatus fromExchange(String status) {
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "created", "waiting" -> CREATED;
            case "starting" -> STARTING;
            case "syncing", "incrementalsyncing" -> SYNCING;
            case "synced" -> SYNCED;
            case "syncedwitherrors" -> SYNCED_WITH_ERRORS;
            case "completing" -> COMPLETING;
            case "completed" -> COMPLETED;
            case "completedwitherrors" -> COMPLETED_WITH_ERRORS;
            case "stopping", "stopped" -> STOPPED;
            case "failed", "corrupted" -> FAILED;
            case "removing" -> REMOVING;
            default -> null;
        };
    }
}

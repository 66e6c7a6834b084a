package org.migrationtracker.batch;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.mailbox.MailboxState;

import java.util.Locale;

/**
 * Microsoft's per-mailbox statuses in the tracker's states. The vocabularies are open: a value not listed here
 * maps to null (the mailbox keeps its state, the raw value is kept and reported).
 */
public final class MicrosoftStatus {

    private MicrosoftStatus() {
    }

    /** Get-MigrationUser / Get-MigrationUserStatistics Status. */
    public static @Nullable MailboxState ofMigrationUser(String status) {
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "validating", "provisioning", "provisionupdating", "queued", "starting", "syncing", "incrementalsyncing" ->
                    MailboxState.SYNCING;
            case "synced", "incrementalsynced", "completing", "completionsynced" -> MailboxState.SYNCED;
            case "completed", "completedwithwarnings" -> MailboxState.COMPLETED;
            case "completionfailed", "incrementalfailed", "failed", "corrupted" -> MailboxState.FAILED;
            default -> null; // Stopping, Stopped, IncrementalStopped, Removing: the mailbox stays where it was
        };
    }

    /** Get-MigrationUser StatusSummary, used when Status is absent. */
    public static @Nullable MailboxState ofStatusSummary(String summary) {
        return switch (summary.strip().toLowerCase(Locale.ROOT)) {
            case "active" -> MailboxState.SYNCING;
            case "synced" -> MailboxState.SYNCED;
            case "completed" -> MailboxState.COMPLETED;
            case "failed" -> MailboxState.FAILED;
            default -> null;
        };
    }

    /** Get-MoveRequestStatistics Status (hybrid remote moves). */
    public static @Nullable MailboxState ofMoveRequest(String status) {
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "queued", "inprogress", "retrying" -> MailboxState.SYNCING;
            case "autosuspended", "completioninprogress", "synced" -> MailboxState.SYNCED;
            case "completed", "completedwithwarning" -> MailboxState.COMPLETED;
            case "failed" -> MailboxState.FAILED;
            default -> null; // None, Suspended: no move in progress to reflect
        };
    }

    /** Whether a status value is one Microsoft documents (known values that keep the state are not "unknown"). */
    public static boolean isKnownMigrationUser(String status) {
        return ofMigrationUser(status) != null || switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "stopping", "stopped", "incrementalstopped", "removing" -> true;
            default -> false;
        };
    }

    public static boolean isKnownMoveRequest(String status) {
        return ofMoveRequest(status) != null || switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "none", "suspended" -> true;
            default -> false;
        };
    }
}

package org.migrationtracker.batch;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A batch's status in the Exchange admin center's own words, and the batch state machine: which {@link BatchAction}
 * each status allows ({@link #allows}) and the status it leads to ({@link #after}). Exchange's own reports
 * ({@link #fromExchange}) may set any status: Exchange is the authority on what it did.
 */
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

    /** The status in the reader's words ("Fuldført"); {@link #exchangeName} is Exchange's own. */
    public Message message() {
        return Message.of("batch-status." + name());
    }

    /** Exchange has started moving its mailboxes. */
    public boolean hasStarted() {
        return this != CREATED;
    }

    /** The one table of what people may do to a batch in each status; other guards (start rules, removal) come on top. */
    public boolean allows(BatchAction action) {
        return switch (action) {
            case START -> this == CREATED || this == STOPPED || this == FAILED;
            case MARK_SYNCED -> this == STARTING || this == SYNCING;
            case COMPLETE -> this == SYNCED || this == SYNCED_WITH_ERRORS || this == COMPLETING;
            // Completing is Exchange finalising: it can fail but no longer be stopped
            case STOP -> this == STARTING || this == SYNCING || this == SYNCED || this == SYNCED_WITH_ERRORS;
            case FAIL -> this == CREATED || isRunning() || this == STOPPED;
            case REMOVE -> this != REMOVED;
            case ADD_MAILBOXES -> this == CREATED || isRunning() || this == STOPPED;
        };
    }

    /**
     * The status the action leads to from this one (whether it is allowed is {@link #allows}); the service then marks a
     * batch with failed mailboxes {@link #withErrors}.
     */
    public BatchStatus after(BatchAction action) {
        return switch (action) {
            case START -> SYNCING;
            case MARK_SYNCED -> SYNCED;
            case COMPLETE -> COMPLETED;
            case STOP -> STOPPED;
            case FAIL -> FAILED;
            case REMOVE -> REMOVED;
            case ADD_MAILBOXES -> this;
        };
    }

    /** Synced and Completed as Exchange says them when some mailboxes failed; any other status stays. */
    public BatchStatus withErrors() {
        return switch (this) {
            case SYNCED -> SYNCED_WITH_ERRORS;
            case COMPLETED -> COMPLETED_WITH_ERRORS;
            default -> this;
        };
    }

    /** Every action this status allows, in the order the batch dialog offers them. */
    public Set<BatchAction> actions() {
        var actions = EnumSet.noneOf(BatchAction.class);
        Arrays.stream(BatchAction.values()).filter(this::allows).forEach(actions::add);
        return actions;
    }

    /** The statuses from which the action is allowed, in Exchange's order. */
    public static List<BatchStatus> allowing(BatchAction action) {
        return Arrays.stream(values()).filter(status -> status.allows(action)).toList();
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

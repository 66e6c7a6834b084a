package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * What the admin grid, the bulk actions and the API filter mailboxes by; a null or empty field filters nothing.
 *
 * @param text free text over display name, primary address, alias and proxy addresses
 */
public record MailboxFilter(
        Set<MailboxState> states,
        @Nullable Boolean ready,
        @Nullable ReadinessReason reason,
        @Nullable String department,
        @Nullable String database,
        @Nullable Boolean umEnabled,
        @Nullable Boolean fullAccess,
        @Nullable Boolean writeProperty,
        @Nullable String text,
        @Nullable String batch) {

    public MailboxFilter {
        states = Set.copyOf(states);
    }

    /** Without a batch: any batch or none. */
    public MailboxFilter(Set<MailboxState> states, @Nullable Boolean ready, @Nullable ReadinessReason reason,
                         @Nullable String department, @Nullable String database, @Nullable Boolean umEnabled,
                         @Nullable Boolean fullAccess, @Nullable Boolean writeProperty, @Nullable String text) {
        this(states, ready, reason, department, database, umEnabled, fullAccess, writeProperty, text, null);
    }

    public MailboxFilter withStates(Set<MailboxState> newStates) {
        return new MailboxFilter(newStates, ready, reason, department, database, umEnabled, fullAccess, writeProperty, text, batch);
    }

    public MailboxFilter withReady(@Nullable Boolean newReady) {
        return new MailboxFilter(states, newReady, reason, department, database, umEnabled, fullAccess, writeProperty, text, batch);
    }

    /** Mailboxes in the batch of this name (case-insensitive). */
    public MailboxFilter withBatch(@Nullable String newBatch) {
        return new MailboxFilter(states, ready, reason, department, database, umEnabled, fullAccess, writeProperty, text, newBatch);
    }

    public static MailboxFilter all() {
        return new MailboxFilter(Set.of(), null, null, null, null, null, null, null, null, null);
    }

    public MailboxFilter withText(@Nullable String newText) {
        return new MailboxFilter(states, ready, reason, department, database, umEnabled, fullAccess, writeProperty, newText, batch);
    }

    public MailboxFilter withDepartment(@Nullable String newDepartment) {
        return new MailboxFilter(states, ready, reason, newDepartment, database, umEnabled, fullAccess, writeProperty, text, batch);
    }

    public MailboxFilter withDatabase(@Nullable String newDatabase) {
        return new MailboxFilter(states, ready, reason, department, newDatabase, umEnabled, fullAccess, writeProperty, text, batch);
    }
}

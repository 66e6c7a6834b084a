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
        @Nullable String text) {

    public MailboxFilter {
        states = Set.copyOf(states);
    }

    public static MailboxFilter all() {
        return new MailboxFilter(Set.of(), null, null, null, null, null, null, null, null);
    }

    public MailboxFilter withText(@Nullable String newText) {
        return new MailboxFilter(states, ready, reason, department, database, umEnabled, fullAccess, writeProperty, newText);
    }

    public MailboxFilter withDepartment(@Nullable String newDepartment) {
        return new MailboxFilter(states, ready, reason, newDepartment, database, umEnabled, fullAccess, writeProperty, text);
    }

    public MailboxFilter withDatabase(@Nullable String newDatabase) {
        return new MailboxFilter(states, ready, reason, department, newDatabase, umEnabled, fullAccess, writeProperty, text);
    }
}

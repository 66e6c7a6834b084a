package org.migrationtracker.mailbox;

import org.migrationtracker.project.MigrationMethod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Mailboxes for rule tests. */
final class MailboxFixtures {

    private MailboxFixtures() {
    }

    static Mailbox mailbox(MailboxState state) {
        return new Mailbox(1, "pilarp@contoso.com", "Pilar Pinilla", "pilarp", "Finance", "DB01", RecipientType.USER,
                1_000L, List.of(), PreferredLanguage.NONE, false, false, true, false, true, state, "", true, List.of(), null, null, false, false,
                false, null, null, MigrationProgress.NONE, Instant.EPOCH, "test", 0);
    }

    static Mailbox notReady(MailboxState state, MigrationMethod method) {
        var m = new Mailbox(1, "tobyn@contoso.com", "Toby Nixon", "tobyn", "Sales", "DB02", RecipientType.USER, null,
                List.of(), PreferredLanguage.NONE, true, true, false, false, false, state, "", false, List.of(), null, null, false, false, false,
                null, null, MigrationProgress.NONE, Instant.EPOCH, "test", 0);
        return m.withReadiness(Readiness.of(m.facts(), method)).withState(state, "");
    }

    static Mailbox finished(MailboxState state, boolean umWasEnabled, boolean umReenabled, boolean outlook,
                            LocalDate licence) {
        return new Mailbox(1, "pilarp@contoso.com", "Pilar Pinilla", "pilarp", "Finance", "DB01", RecipientType.USER,
                1_000L, List.of(), PreferredLanguage.NONE, false, umWasEnabled, true, false, true, state, "", true, List.of(),
                LocalDate.of(2026, 11, 1), licence, umReenabled, outlook, state == MailboxState.CONVERTED_TO_MAIL_USER,
                null, null, MigrationProgress.NONE, Instant.EPOCH, "test", 0);
    }
}

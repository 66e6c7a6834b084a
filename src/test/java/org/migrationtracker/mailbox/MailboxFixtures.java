package org.migrationtracker.mailbox;

import org.migrationtracker.project.MigrationMethod;

import java.time.LocalDate;

import static org.migrationtracker.mailbox.MailboxBuilder.pilar;

/** Mailboxes for rule tests. */
final class MailboxFixtures {

    private MailboxFixtures() {
    }

    /** Pilar, ready to move, in the given state. */
    static Mailbox mailbox(MailboxState state) {
        return pilar().state(state).build();
    }

    /** Toby, with UM still on and no permissions recorded: not ready under any method but IMAP. */
    static Mailbox notReady(MailboxState state, MigrationMethod method) {
        var m = MailboxBuilder.mailbox("tobyn@contoso.com").displayName("Toby Nixon").department("Sales").database("DB02")
                .umEnabled(true).umWasEnabled(true).state(state).build();
        return m.withLifecycle(m.lifecycle().withReadiness(Readiness.of(m.facts(), method)).movedTo(state, ""));
    }

    /** Pilar after her move, created in the cloud on 1 November, with the post-migration steps as given. */
    static Mailbox finished(MailboxState state, boolean umWasEnabled, boolean umReenabled, boolean outlook,
                            LocalDate licence) {
        return pilar().state(state).umWasEnabled(umWasEnabled).cloudCreatedOn(LocalDate.of(2026, 11, 1))
                .licenceAssignedOn(licence).umReenabled(umReenabled).outlookProfileReconfigured(outlook)
                .mailUserConverted(state == MailboxState.CONVERTED_TO_MAIL_USER).build();
    }
}

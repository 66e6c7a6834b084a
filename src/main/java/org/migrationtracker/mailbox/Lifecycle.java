package org.migrationtracker.mailbox;

import org.migrationtracker.project.MigrationMethod;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.migrationtracker.mailbox.MailboxState.*;

/**
 * The guards on a mailbox's state: which moves are possible, and why one is refused. Plain Java: the
 * transition service asks it before every change.
 */
public final class Lifecycle {

    private static final Map<MailboxState, Set<MailboxState>> NEXT = Map.of(
            NOT_READY, EnumSet.of(READY, IN_BATCH, SKIPPED),
            READY, EnumSet.of(NOT_READY, IN_BATCH, SKIPPED),
            IN_BATCH, EnumSet.of(READY, NOT_READY, SYNCING, FAILED, SKIPPED),
            SYNCING, EnumSet.of(SYNCED, FAILED),
            SYNCED, EnumSet.of(SYNCING, COMPLETED, FAILED),
            COMPLETED, EnumSet.of(CONVERTED_TO_MAIL_USER, DONE),
            CONVERTED_TO_MAIL_USER, EnumSet.of(DONE),
            DONE, EnumSet.noneOf(MailboxState.class),
            FAILED, EnumSet.of(IN_BATCH, SKIPPED),
            SKIPPED, EnumSet.of(NOT_READY, READY));

    private Lifecycle() {
    }

    /** The states a mailbox may move to next (before the guards that depend on its facts). */
    public static Set<MailboxState> next(MailboxState from) {
        var next = EnumSet.noneOf(MailboxState.class);
        next.addAll(NEXT.get(from));
        return next;
    }

    /**
     * @param note the error text for FAILED, the reason for SKIPPED
     * @return why the move is refused, or empty when it may happen
     */
    public static Optional<String> refusal(Mailbox mailbox, MailboxState target, MigrationMethod method, String note) {
        var from = mailbox.state();
        if (from == target) {
            return Optional.of("already " + target);
        }
        if (!NEXT.get(from).contains(target)) {
            return Optional.of("cannot go from " + from + " to " + target);
        }
        return switch (target) {
            case READY -> mailbox.ready() ? Optional.empty()
                    : Optional.of("not ready: " + String.join(", ", mailbox.readinessInWords()));
            case NOT_READY -> mailbox.ready() ? Optional.of("it is ready (every check holds)") : Optional.empty();
            case SYNCING -> mailbox.ready() || from == SYNCED ? Optional.empty()
                    : Optional.of("may not enter a running batch: " + String.join(", ", mailbox.readinessInWords()));
            case CONVERTED_TO_MAIL_USER -> method == MigrationMethod.STAGED ? Optional.empty()
                    : Optional.of("only a staged migration converts mailboxes to mail users (this project: " + method + ")");
            case DONE -> doneRefusal(mailbox, method);
            case FAILED -> note.isBlank() ? Optional.of("a failure needs the error text") : Optional.empty();
            case SKIPPED -> note.isBlank() ? Optional.of("skipping needs a reason") : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<String> doneRefusal(Mailbox mailbox, MigrationMethod method) {
        if (method == MigrationMethod.STAGED && mailbox.state() != CONVERTED_TO_MAIL_USER) {
            return Optional.of("a staged mailbox is converted to a mail user before it is done");
        }
        var missing = new java.util.ArrayList<String>();
        if (mailbox.licenceAssignedOn() == null) {
            missing.add("licence not assigned");
        }
        if (mailbox.umWasEnabled() && !mailbox.umReenabled()) {
            missing.add("UM not re-enabled");
        }
        if ((method == MigrationMethod.CUTOVER || method == MigrationMethod.STAGED) && !mailbox.outlookProfileReconfigured()) {
            missing.add("Outlook profile not reconfigured");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of("not done yet: " + String.join(", ", missing));
    }
}

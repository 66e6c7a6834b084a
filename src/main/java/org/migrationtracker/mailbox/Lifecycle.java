package org.migrationtracker.mailbox;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.project.MigrationMethod;

import java.util.ArrayList;
import java.util.EnumMap;
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
     * The states a group of mailboxes may be moved to, each with how many of the group may take that move (before the
     * guards that depend on each mailbox's facts): a state none of them may reach is not offered.
     *
     * @param byState how many mailboxes of the group are in each state
     */
    public static Map<MailboxState, Integer> reachable(Map<MailboxState, Integer> byState) {
        var reachable = new EnumMap<MailboxState, Integer>(MailboxState.class);
        byState.forEach((from, count) -> {
            if (count > 0) {
                NEXT.get(from).forEach(to -> reachable.merge(to, count, Integer::sum));
            }
        });
        return reachable;
    }

    /**
     * What a person may pick in "Move to state…" for the group: {@link #reachable}, except that a waiting mailbox
     * joins a batch only through the batch ("Add to batch…", which records which batch); IN_BATCH by hand is a failed
     * mailbox's retry in the batch it failed in.
     */
    public static Map<MailboxState, Integer> reachableByHand(Map<MailboxState, Integer> byState) {
        var reachable = reachable(byState);
        int retries = byState.getOrDefault(FAILED, 0);
        if (retries > 0) {
            reachable.put(IN_BATCH, retries);
        } else {
            reachable.remove(IN_BATCH);
        }
        return reachable;
    }

    /**
     * @param note the error text for FAILED, the reason for SKIPPED
     * @return why the move is refused, or empty when it may happen
     */
    public static Optional<Message> refusal(Mailbox mailbox, MailboxState target, MigrationMethod method, String note) {
        var from = mailbox.state();
        if (from == target) {
            return Optional.of(Message.of("lifecycle.already", target.message()));
        }
        if (!NEXT.get(from).contains(target)) {
            return Optional.of(Message.of("lifecycle.cannot-go", from.message(), target.message()));
        }
        return switch (target) {
            case READY -> mailbox.lifecycle().ready() ? Optional.empty()
                    : Optional.of(Message.of("lifecycle.not-ready", mailbox.readinessMessages()));
            case NOT_READY -> mailbox.lifecycle().ready() ? Optional.of(Message.of("lifecycle.is-ready")) : Optional.empty();
            case SYNCING -> mailbox.lifecycle().ready() || from == SYNCED ? Optional.empty()
                    : Optional.of(Message.of("lifecycle.not-for-running-batch", mailbox.readinessMessages()));
            case CONVERTED_TO_MAIL_USER -> method == MigrationMethod.STAGED ? Optional.empty()
                    : Optional.of(Message.of("lifecycle.convert-staged-only", Message.of("method." + method.name())));
            case DONE -> doneRefusal(mailbox, method);
            case FAILED -> note.isBlank() ? Optional.of(Message.of("lifecycle.failure-needs-error")) : Optional.empty();
            case SKIPPED -> note.isBlank() ? Optional.of(Message.of("lifecycle.skip-needs-reason")) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<Message> doneRefusal(Mailbox mailbox, MigrationMethod method) {
        if (method == MigrationMethod.STAGED && mailbox.state() != CONVERTED_TO_MAIL_USER) {
            return Optional.of(Message.of("lifecycle.staged-convert-first"));
        }
        var missing = new ArrayList<Message>();
        if (mailbox.inventory().needsLicence() && mailbox.postMigration().licenceAssignedOn() == null) {
            missing.add(Message.of("lifecycle.missing.licence"));
        }
        if (mailbox.inventory().umWasEnabled() && !mailbox.postMigration().umReenabled()) {
            missing.add(Message.of("lifecycle.missing.um"));
        }
        boolean newProfile = method == MigrationMethod.CUTOVER || method == MigrationMethod.STAGED;
        if (newProfile && !mailbox.postMigration().outlookProfileReconfigured()) {
            missing.add(Message.of("lifecycle.missing.outlook"));
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(Message.of("lifecycle.not-done", missing));
    }
}

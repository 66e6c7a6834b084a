package org.migrationtracker.mailbox;

import org.migrationtracker.i18n.Message;

import java.util.List;

import static org.migrationtracker.mailbox.MailboxColumns.*;

/**
 * Where a mailbox stands in its move, and whether it is ready for one. {@link Lifecycle} decides which moves are
 * allowed; this only holds the result.
 *
 * @param note             the error text of a failure or the reason for skipping, else empty
 * @param ready            may enter a running batch (see {@link Readiness})
 * @param readinessReasons every readiness check that does not hold
 */
public record LifecycleState(MailboxState state, String note, boolean ready, List<ReadinessReason> readinessReasons) {

    public LifecycleState {
        readinessReasons = List.copyOf(readinessReasons);
    }

    static LifecycleState of(MailboxValues v) {
        return new LifecycleState(v.get(STATE), v.get(STATE_NOTE), v.get(READY), v.get(READINESS));
    }

    /** The error text of a failure or the reason for skipping; a failure reported without text says so. */
    public Message noteMessage() {
        return state == MailboxState.FAILED && note.isBlank() ? Message.of("status.failed-without-error")
                : Message.plain(note);
    }

    /** Moved to another state, with the note that explains it (empty unless failed or skipped). */
    LifecycleState movedTo(MailboxState target, String newNote) {
        return new LifecycleState(target, newNote, ready, readinessReasons);
    }

    /** Readiness recomputed; a mailbox waiting for its move follows it between NOT_READY and READY. */
    LifecycleState withReadiness(Readiness readiness) {
        var newState = state.isBeforeMigration() ? (readiness.ready() ? MailboxState.READY : MailboxState.NOT_READY) : state;
        return new LifecycleState(newState, note, readiness.ready(), readiness.reasons());
    }
}

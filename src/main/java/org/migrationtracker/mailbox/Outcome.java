package org.migrationtracker.mailbox;

import org.migrationtracker.i18n.Message;

/** What one change makes of one mailbox: the changed mailbox, or the reason it is refused. */
sealed interface Outcome permits Outcome.Changed, Outcome.Refused {

    record Changed(Mailbox mailbox) implements Outcome {
    }

    record Refused(Message reason) implements Outcome {
    }

    static Outcome changed(Mailbox mailbox) {
        return new Changed(mailbox);
    }

    static Outcome refused(Message reason) {
        return new Refused(reason);
    }
}

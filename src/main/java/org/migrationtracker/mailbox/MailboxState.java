package org.migrationtracker.mailbox;

import org.migrationtracker.i18n.Message;

/** Where a mailbox is in its move, in order; FAILED and SKIPPED stand aside. */
public enum MailboxState {
    NOT_READY,
    READY,
    /** scheduled in a batch */
    IN_BATCH,
    SYNCING,
    SYNCED,
    /** finalised in the cloud */
    COMPLETED,
    /** staged only: the on-premises mailbox became a mail user */
    CONVERTED_TO_MAIL_USER,
    DONE,
    /** with the error text; a retry puts it back in its batch */
    FAILED,
    /** excluded on purpose, with a reason */
    SKIPPED;

    /** Still waiting for the move: readiness decides between these two. */
    public boolean isBeforeMigration() {
        return this == NOT_READY || this == READY;
    }

    /** The move is completed: the mailbox lives in the cloud (completed, converted to a mail user, or done). */
    public boolean isMoved() {
        return this == COMPLETED || this == CONVERTED_TO_MAIL_USER || this == DONE;
    }

    /** The state's name for people, e.g. "Mail user". */
    public Message message() {
        return Message.of("state." + name());
    }
}

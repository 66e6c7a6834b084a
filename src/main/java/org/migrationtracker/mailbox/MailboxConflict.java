package org.migrationtracker.mailbox;

/** Someone else saved the mailbox since it was loaded; nothing was overwritten. */
public class MailboxConflict extends RuntimeException {

    public MailboxConflict(String message) {
        super(message);
    }
}

package org.migrationtracker.mailbox;

import org.migrationtracker.i18n.Message;

/** Why a mailbox may not yet enter a running batch. */
public enum ReadinessReason {
    UM_STILL_ENABLED,
    NO_MAILBOX_ACCESS,
    NO_WRITE_PROPERTY;

    /** The key of the reason in the screens' translations; its argument is the mailbox database. */
    public String messageKey() {
        return "reason." + name();
    }

    /** The key of the reason said of many mailboxes at once (filters, the dashboard); no argument. */
    public String groupMessageKey() {
        return "reason.any." + name();
    }

    /** The reason for this mailbox, in its database's words. */
    public Message message(String databaseName) {
        if (this == NO_MAILBOX_ACCESS && databaseName.isBlank()) {
            return Message.of("reason.no-mailbox-access-no-database");
        }
        return this == NO_MAILBOX_ACCESS ? Message.of(messageKey(), databaseName) : Message.of(messageKey());
    }
}

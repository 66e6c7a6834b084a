package org.migrationtracker.mailbox;

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

    /** The reason in words (English, for the API and the audit), for this mailbox. */
    public String describe(String databaseName) {
        return switch (this) {
            case UM_STILL_ENABLED -> "UM still enabled";
            case NO_MAILBOX_ACCESS -> databaseName.isBlank()
                    ? "no FullAccess (and no mailbox database known for Receive As)"
                    : "no FullAccess and no Receive As on database " + databaseName;
            case NO_WRITE_PROPERTY -> "WriteProperty on TargetAddress missing (required for staged)";
        };
    }
}

package org.migrationtracker.mailbox;

/** One change applied to many mailboxes at once, in one transaction. */
public sealed interface BulkAction {

    /** FullAccess for the migration admin on each mailbox. */
    record SetFullAccess(boolean granted) implements BulkAction {
    }

    /** WriteProperty on the TargetAddress attribute for the migration admin (required for staged). */
    record SetWriteProperty(boolean granted) implements BulkAction {
    }

    /** Unified Messaging on the mailbox; "was enabled" is remembered so that it is re-enabled after the move. */
    record SetUmEnabled(boolean enabled) implements BulkAction {
    }

    /** A lifecycle transition; the note is the error text for FAILED and the reason for SKIPPED. */
    record MoveTo(MailboxState target, String note) implements BulkAction {
    }

    /** In words, for summaries and the audit. */
    default String describe() {
        return switch (this) {
            case SetFullAccess a -> a.granted() ? "grant FullAccess" : "revoke FullAccess";
            case SetWriteProperty a -> a.granted() ? "grant WriteProperty on TargetAddress" : "revoke WriteProperty on TargetAddress";
            case SetUmEnabled a -> a.enabled() ? "mark UM enabled" : "mark UM disabled";
            case MoveTo a -> "move to " + a.target();
        };
    }
}

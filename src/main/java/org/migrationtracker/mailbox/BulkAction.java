package org.migrationtracker.mailbox;

import org.migrationtracker.i18n.Message;

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

    /** In words, for summaries. */
    default Message describe() {
        return switch (this) {
            case SetFullAccess a -> Message.of(a.granted() ? "bulk.action.grant-full-access" : "bulk.action.revoke-full-access");
            case SetWriteProperty a -> Message.of(a.granted() ? "bulk.action.grant-write-property" : "bulk.action.revoke-write-property");
            case SetUmEnabled a -> Message.of(a.enabled() ? "bulk.action.um-enabled" : "bulk.action.um-disabled");
            case MoveTo a -> Message.of("bulk.action.move", a.target().message());
        };
    }
}

package org.migrationtracker.mailbox;

import org.migrationtracker.live.LiveEvent;

/** Published after someone added a note to a mailbox. */
public record MailboxNoteAdded(long mailboxId) implements LiveEvent {
}

package org.migrationtracker.mailbox;

import org.migrationtracker.live.LiveEvent;
import org.springframework.modulith.NamedInterface;

/** Published after someone added a note to a mailbox. */
@NamedInterface(name = "events", propagate = true)
public record MailboxNoteAdded(long mailboxId) implements LiveEvent {
}

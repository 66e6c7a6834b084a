package org.migrationtracker.mailbox;

import java.time.Instant;

/** A note on a mailbox: who wrote what, when. */
public record MailboxNote(long mailboxId, String author, Instant at, String text) {

    public static final int MAX_LENGTH = 4_000;
}

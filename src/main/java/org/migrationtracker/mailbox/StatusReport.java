package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

/**
 * What a status export says of one mailbox: Microsoft's progress, kept raw, and the tracker state it means
 * (null when the status does not move the mailbox, e.g. Stopped, or is unknown).
 */
public record StatusReport(long mailboxId, ProgressUpdate progress, @Nullable MailboxState observedState) {
}

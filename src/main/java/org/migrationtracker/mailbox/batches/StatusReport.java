package org.migrationtracker.mailbox.batches;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.ProgressUpdate;

/**
 * What a status export says of one mailbox: Microsoft's progress, kept raw, and the tracker state it means
 * (null when the status does not move the mailbox, e.g. Stopped, or is unknown). With a batch to join, the admin
 * chose to apply a row to the batch the export names: the mailbox becomes a member of that batch first.
 */
public record StatusReport(long mailboxId, ProgressUpdate progress, @Nullable MailboxState observedState,
                           @Nullable Long joinBatchId, @Nullable String joinBatchName) {

    public StatusReport(long mailboxId, ProgressUpdate progress, @Nullable MailboxState observedState) {
        this(mailboxId, progress, observedState, null, null);
    }
}

package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import static org.migrationtracker.mailbox.MailboxColumns.BATCH_ID;
import static org.migrationtracker.mailbox.MailboxColumns.BATCH_NAME;

/** The batch a mailbox is in, by id and by the name people know it by; {@link #NONE} when it is in none. */
public record BatchAssignment(@Nullable Long batchId, @Nullable String batchName) {

    public static final BatchAssignment NONE = new BatchAssignment(null, null);

    static BatchAssignment of(MailboxValues v) {
        return new BatchAssignment(v.get(BATCH_ID), v.get(BATCH_NAME));
    }

    public boolean isAssigned() {
        return batchId != null;
    }
}

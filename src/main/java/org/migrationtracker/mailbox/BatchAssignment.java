package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

/** The batch a mailbox is in, by id and by the name people know it by; {@link #NONE} when it is in none. */
public record BatchAssignment(@Nullable Long batchId, @Nullable String batchName) {

    public static final BatchAssignment NONE = new BatchAssignment(null, null);

    public boolean isAssigned() {
        return batchId != null;
    }
}

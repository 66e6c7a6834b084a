package org.migrationtracker.batch;

import org.migrationtracker.i18n.Conflict;
import org.migrationtracker.i18n.Message;

/** Someone else changed the batch since it was loaded; nothing was overwritten. */
public class BatchConflict extends Conflict {

    public BatchConflict(Message message) {
        super(message);
    }
}

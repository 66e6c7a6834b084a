package org.migrationtracker.batch;

/** Someone else changed the batch since it was loaded; nothing was overwritten. */
public class BatchConflict extends RuntimeException {

    public BatchConflict(String message) {
        super(message);
    }
}

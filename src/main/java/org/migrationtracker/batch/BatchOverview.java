package org.migrationtracker.batch;

import org.migrationtracker.mailbox.batches.BatchCounts;

/** A batch with its mailbox counts, for the board and the API. */
public record BatchOverview(MigrationBatch batch, BatchCounts counts) {

    /**
     * The batch has run as soon as Exchange started it or Microsoft reports any of its mailboxes syncing or moved,
     * whatever the batch's own recorded status (a status import may have moved its users while it still says Created).
     */
    public boolean hasRun() {
        return batch.getStatus().hasStarted() || counts.anyMoving();
    }
}

package org.migrationtracker.mailbox;

/** How a batch's mailboxes stand, counted in the database. */
public record BatchCounts(int total, int inBatch, int syncing, int synced, int finalized, int failed, int notReady) {

    public static final BatchCounts EMPTY = new BatchCounts(0, 0, 0, 0, 0, 0, 0);

    /** Share of the batch that is finalised in the cloud, 0 to 1. */
    public double progress() {
        return total == 0 ? 0 : (double) finalized / total;
    }
}

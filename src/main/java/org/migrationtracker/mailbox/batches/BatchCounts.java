package org.migrationtracker.mailbox.batches;

/** How a batch's mailboxes stand, counted in the database. */
public record BatchCounts(int total, int inBatch, int syncing, int synced, int finalized, int failed, int notReady, int skipped,
                          int convertedToMailUser) {

    public static final BatchCounts EMPTY = new BatchCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Mailboxes that are neither finalised in the cloud nor skipped: they hold a batch's removal back. */
    public int unfinished() {
        return total - finalized - skipped;
    }

    /** Finalised in the cloud, but the on-premises mailbox is not a mail user yet (staged: 002's task 8). */
    public int notConverted() {
        return finalized - convertedToMailUser;
    }

    /** Microsoft reported some of the batch's mailboxes syncing or moved: the batch has run, whatever its own status says. */
    public boolean anyMoving() {
        return syncing + synced + finalized > 0;
    }

    /** Share of the batch that is finalised in the cloud, 0 to 1. */
    public double progress() {
        return total == 0 ? 0 : (double) finalized / total;
    }
}

package org.migrationtracker.batch;

import org.migrationtracker.mailbox.BatchCounts;

/** A batch with its mailbox counts, for the board and the API. */
public record BatchOverview(MigrationBatch batch, BatchCounts counts) {
}

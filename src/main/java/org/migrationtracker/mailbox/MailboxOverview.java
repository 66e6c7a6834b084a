package org.migrationtracker.mailbox;

import org.migrationtracker.mailbox.batches.BatchCounts;

import java.util.Map;

/**
 * The whole inventory counted in one pass over the mailboxes, for the dashboard and the plan beside it: the states,
 * why waiting mailboxes are not ready (most frequent first), the plan's tally and each batch's counts. One statement
 * instead of one per figure, and every figure of the same moment.
 */
public record MailboxOverview(Map<MailboxState, Integer> states, Map<ReadinessReason, Integer> blockers, MailboxTally tally,
                              Map<Long, BatchCounts> byBatch) {

    public MailboxOverview {
        states = Map.copyOf(states);
        byBatch = Map.copyOf(byBatch);
    }
}

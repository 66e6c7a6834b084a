package org.migrationtracker.batch;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.BulkResult;

import java.util.List;

/** The batches an admin's request made, what joined them, what was refused and why, and warnings. */
public record BatchCreation(List<MigrationBatch> batches, List<BulkResult> joined, List<String> unknownAddresses,
                            List<Message> warnings) {

    public BatchCreation {
        batches = List.copyOf(batches);
        joined = List.copyOf(joined);
        unknownAddresses = List.copyOf(unknownAddresses);
        warnings = List.copyOf(warnings);
    }

    public int mailboxes() {
        return joined.stream().mapToInt(BulkResult::changed).sum();
    }

    public List<BulkResult.Refusal> refusals() {
        return joined.stream().flatMap(result -> result.refusals().stream()).toList();
    }
}

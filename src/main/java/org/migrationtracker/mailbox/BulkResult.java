package org.migrationtracker.mailbox;

import java.util.List;
import java.util.UUID;

/**
 * What a bulk action did: how many mailboxes changed, how many already were as asked, and every refusal with
 * its reason (including rows someone else changed since they were loaded).
 */
public record BulkResult(UUID operationId, String action, int changed, int unchanged, List<Refusal> refusals) {

    public record Refusal(String primaryAddress, String reason) {
    }

    public BulkResult {
        refusals = List.copyOf(refusals);
    }

    public String summary() {
        return action + ": " + changed + " changed, " + unchanged + " already so, " + refusals.size() + " refused";
    }
}

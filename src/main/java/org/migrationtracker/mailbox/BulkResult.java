package org.migrationtracker.mailbox;

import org.migrationtracker.i18n.Message;

import java.util.List;
import java.util.UUID;

/**
 * What a bulk action did: how many mailboxes changed, how many already were as asked, and every refusal with
 * its reason (including rows someone else changed since they were loaded).
 */
public record BulkResult(UUID operationId, Message action, int changed, int unchanged, List<Refusal> refusals) {

    public record Refusal(String primaryAddress, Message reason) {

        public static Refusal of(String primaryAddress, String key, Object... args) {
            return new Refusal(primaryAddress, Message.of(key, args));
        }
    }

    public BulkResult {
        refusals = List.copyOf(refusals);
    }

    /** "grant FullAccess: 3 changed, 1 already so, 0 refused" */
    public Message summary() {
        return Message.of("bulk.result.summary", action, changed, unchanged, refusals.size());
    }
}

package org.migrationtracker.batch;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** One change to a batch; the mailbox changes of the same action share its operation id. */
public record BatchHistoryEntry(Instant at, String actor, UUID operationId, String field, @Nullable String oldValue,
                                @Nullable String newValue) {

    /** Every field the batch service records ({@code history.batch-field.<name>} in the bundles, spaces as dashes). */
    public static final Set<String> FIELDS = Set.of("created", "name", "planned_start", "endpoint", "notes", "start_mode",
            "mailboxes added", "mailboxes removed", "status", "microsoft_status", "last_synced", "note", "csv exported");

    /** What changed, in words. */
    public Message what() {
        return FIELDS.contains(field) ? Message.of("history.batch-field." + field.replace(' ', '-')) : Message.plain(field);
    }
}

package org.migrationtracker.batch;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One change to a batch; the mailbox changes of the same action share its operation id. */
public record BatchHistoryEntry(Instant at, String actor, UUID operationId, String field, @Nullable String oldValue,
                                @Nullable String newValue) {
}

package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One change to a mailbox: who, when, what, old → new; bulk actions share an operation id. */
public record HistoryEntry(long mailboxId, Instant at, String actor, @Nullable UUID operationId, String field,
                           @Nullable String oldValue, @Nullable String newValue) {
}

package org.migrationtracker.batch;

import org.migrationtracker.live.LiveEvent;

import java.util.UUID;

/** Published after a batch was created, changed, moved on or removed. */
public record BatchChanged(long batchId, String name, UUID operationId) implements LiveEvent {
}

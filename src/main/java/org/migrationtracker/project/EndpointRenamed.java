package org.migrationtracker.project;

/**
 * A migration endpoint was renamed. Published inside the rename's transaction: the batches that name the endpoint
 * follow it there, so that a batch never names an endpoint that no longer exists.
 */
public record EndpointRenamed(String before, String after) {
}

package org.migrationtracker.live;

import java.time.Instant;
import java.util.UUID;

/** One open screen of a topic: whose, since when. */
public record Viewer(UUID viewer, String topic, String username, String roles, Instant openedAt) {
}

package org.migrationtracker.batch;

import java.time.Instant;

/** A note an admin added to a batch. */
public record BatchNote(String author, Instant at, String text) {
}

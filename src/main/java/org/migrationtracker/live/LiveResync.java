package org.migrationtracker.live;

/** Events from other instances may have been missed (the relay reconnected): screens reload what they show. */
public record LiveResync(String reason) {
}

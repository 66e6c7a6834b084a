package org.migrationtracker.live;

/** Someone opened or closed the screen of a topic ("mailbox:42", "batch:Finance1"). */
public record PresenceChanged(String topic) implements LiveEvent {
}

package org.migrationtracker.mailbox;

import java.time.Instant;

/** When a mailbox was last changed and by whom (a person's name, or the import or job that did it). */
public record LastChange(Instant at, String by) {
}

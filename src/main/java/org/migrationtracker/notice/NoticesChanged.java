package org.migrationtracker.notice;

import org.migrationtracker.live.LiveEvent;

/** Notices were queued, sent, retried or cancelled: the notices view refreshes, on every instance. */
public record NoticesChanged(int count) implements LiveEvent {
}

package org.migrationtracker.security;

import org.migrationtracker.live.LiveEvent;

/** Published after a tracker user was created or changed (roles, name, password, enabled). */
public record TrackerUserChanged(long userId, String username) implements LiveEvent {
}

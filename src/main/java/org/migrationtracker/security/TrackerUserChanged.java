package org.migrationtracker.security;

/** Published after a tracker user was created or changed (roles, name, password, enabled). */
public record TrackerUserChanged(long userId, String username) {
}

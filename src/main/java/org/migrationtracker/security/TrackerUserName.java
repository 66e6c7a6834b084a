package org.migrationtracker.security;

/** An enabled tracker user as others may see them (to name the owner of a task): no roles, no password. */
public record TrackerUserName(String username, String displayName) {
}

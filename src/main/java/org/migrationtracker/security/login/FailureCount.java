package org.migrationtracker.security.login;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The failed sign-ins of one user name or one client address: how many since {@code windowStart}, and the end of the
 * lock they led to, if they did. One row of {@code login_failure}.
 */
record FailureCount(int failures, Instant windowStart, @Nullable Instant lockedUntil) {
}

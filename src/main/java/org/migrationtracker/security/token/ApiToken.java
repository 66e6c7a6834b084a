package org.migrationtracker.security.token;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A token as its owner and the admins see it; the secret is never part of it (only its hash is stored). */
public record ApiToken(long id, String username, String name, ApiTokenScope scope, Instant createdAt, String createdBy,
                       Instant expiresAt, @Nullable Instant lastUsedAt) {

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}

package org.migrationtracker.security.session;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One signed-in session as admins see it: who, from where, on which instance, since when, last active when. */
public record SignedInSession(UUID id, String username, String roles, String instance, @Nullable String clientAddress,
                              Instant signedInAt, Instant lastActivityAt) {
}

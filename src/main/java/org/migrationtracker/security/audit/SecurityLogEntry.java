package org.migrationtracker.security.audit;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.security.SecurityEvent.Kind;

import java.time.Instant;

/** One row of the security log, as admins read it. */
public record SecurityLogEntry(long id, Instant at, Kind kind, String actor, @Nullable String subject,
                               @Nullable String clientAddress, String instance, String detail) {
}

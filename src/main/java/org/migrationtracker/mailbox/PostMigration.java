package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** The steps after a mailbox's move, as an admin records them. */
public record PostMigration(@Nullable LocalDate cloudCreatedOn, @Nullable LocalDate licenceAssignedOn,
                            boolean umReenabled, boolean outlookProfileReconfigured) {
}

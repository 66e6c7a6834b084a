package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The inventory counted for the project plan's own checks, in one pass over the mailboxes.
 *
 * @param mailboxes          mailboxes to move (all but the skipped)
 * @param toMigrate          of those, not yet completed in Microsoft 365
 * @param umEnabled          not yet in a running batch and UM still enabled
 * @param lackingPermissions not yet in a running batch and the migration admin lacks a permission the method needs
 * @param licencesMissing    moved user mailboxes without a licence
 * @param nearestLicenceDeadline the earliest 30-day deadline among those whose cloud user's creation day is known
 * @param awaitingConversion completed mailboxes not yet converted to mail users (staged)
 */
public record MailboxTally(int mailboxes, int toMigrate, int umEnabled, int lackingPermissions, int licencesMissing,
                           @Nullable LocalDate nearestLicenceDeadline, int awaitingConversion) {
}

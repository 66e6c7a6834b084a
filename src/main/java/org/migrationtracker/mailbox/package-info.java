/**
 * Mailboxes: the inventory to move, the migration admin's permissions, readiness, lifecycle and history.
 */
@ApplicationModule(allowedDependencies = {"base", "csv", "i18n", "live", "project", "security", "security :: *"})
@NullMarked
package org.migrationtracker.mailbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

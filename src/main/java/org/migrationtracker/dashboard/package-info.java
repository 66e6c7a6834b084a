/**
 * The project lead's live overview of the whole migration.
 */
@ApplicationModule(allowedDependencies = {"base", "batch", "batch :: board-parts", "csv", "i18n", "live", "mailbox :: batches", "mailbox :: events",
        "mailbox :: figures", "mailbox :: links", "mailbox :: search", "plan", "project", "security", "security :: *"})
@NullMarked
package org.migrationtracker.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

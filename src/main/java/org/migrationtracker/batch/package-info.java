/**
 * Migration batches: planning and limits, the staged batch CSV and its validator, Microsoft's status
 * exports coming back, and the guard on removing a batch.
 */
@ApplicationModule(allowedDependencies = {"base", "csv", "i18n", "live", "mailbox :: batches", "mailbox :: events", "mailbox :: grid", "mailbox :: links",
        "mailbox :: search", "project", "security", "security :: *"})
@NullMarked
package org.migrationtracker.batch;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

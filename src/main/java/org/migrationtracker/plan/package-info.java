/**
 * The migration as a project (DOMAIN.md §3): Microsoft's checklist for the chosen method with owners, due dates,
 * values and history, the steps the tracker checks against mailboxes and batches by itself, the timeline of
 * milestones and the calendar Outlook subscribes to.
 */
@ApplicationModule(allowedDependencies = {"base", "batch", "csv", "i18n", "live", "mailbox :: events", "mailbox :: figures", "project", "security", "security :: *"})
@NullMarked
package org.migrationtracker.plan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

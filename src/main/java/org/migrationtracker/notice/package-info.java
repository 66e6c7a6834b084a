/**
 * Notices to the users who move: the announcement, "your mailbox moves tonight", the welcome letter, the Outlook
 * reminder and free notices, in each user's language, sent on schedule or on demand, and every one kept.
 */
@ApplicationModule(allowedDependencies = {"base", "batch", "csv", "i18n", "live", "lookup", "mailbox :: events", "mailbox :: notices",
        "mailbox :: search", "mailbox :: grid", "mailbox :: links", "project", "security", "security :: *"})
@NullMarked
package org.migrationtracker.notice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

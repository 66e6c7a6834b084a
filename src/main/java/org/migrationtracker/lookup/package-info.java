/**
 * The helpdesk's lookup: find a user in a second and say what happens to their mailbox.
 */
@ApplicationModule(allowedDependencies = {"base", "i18n", "live", "mailbox :: edits", "mailbox :: events", "mailbox :: search", "mailbox :: state-badge",
        "project", "security", "security :: *"})
@NullMarked
package org.migrationtracker.lookup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

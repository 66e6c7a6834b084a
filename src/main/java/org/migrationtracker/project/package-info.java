/**
 * The migration project: the one set of settings (organisation, source Exchange, method, directory
 * synchronisation, single sign-on) that the rules for mailboxes and batches read.
 */
@ApplicationModule(allowedDependencies = {"backup", "backup :: export-link", "csv", "i18n", "live", "security", "security :: *"})
@NullMarked
package org.migrationtracker.project;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

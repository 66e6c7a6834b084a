/**
 * Getting everything out of the tracker: the full export (every module's tables as CSV files in one ZIP) and the
 * consistent dump of the embedded database that a fresh one is restored from (docs/adr/0038).
 */
@ApplicationModule(allowedDependencies = {"csv", "i18n", "security", "security :: *"})
@NullMarked
package org.migrationtracker.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

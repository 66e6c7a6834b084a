/**
 * The database the tracker runs on: an in-process PostgreSQL when no external server is configured.
 */
@ApplicationModule(allowedDependencies = {"problem"})
@NullMarked
package org.migrationtracker.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

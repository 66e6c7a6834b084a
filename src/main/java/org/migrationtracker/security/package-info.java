/**
 * Who may use the tracker: tracker users, their roles, sign-in, the admins' user management and the security log.
 */
@ApplicationModule(allowedDependencies = {"csv", "database", "i18n", "live", "problem"})
@NullMarked
package org.migrationtracker.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

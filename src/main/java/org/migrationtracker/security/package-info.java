/**
 * Who may use the tracker: tracker users, their roles, sign-in and the admins' user management.
 */
@ApplicationModule(allowedDependencies = {"i18n", "live"})
@NullMarked
package org.migrationtracker.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

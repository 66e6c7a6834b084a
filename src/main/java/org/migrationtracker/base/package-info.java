/**
 * The shared frame every screen sits in: the main layout, role-based home routing and small UI parts.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {"csv", "database", "i18n", "security", "security :: *"})
@NullMarked
package org.migrationtracker.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

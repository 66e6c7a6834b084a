/**
 * Live updates: delivers committed changes to every open screen that shows them.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.migrationtracker.live;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Live updates: delivers committed changes to every open screen that shows them.
 */
@NullMarked
package org.migrationtracker.live;

import org.jspecify.annotations.NullMarked;

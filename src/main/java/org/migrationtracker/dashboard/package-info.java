/**
 * The project lead's live overview of the whole migration.
 */
@NullMarked
package org.migrationtracker.dashboard;

import org.jspecify.annotations.NullMarked;

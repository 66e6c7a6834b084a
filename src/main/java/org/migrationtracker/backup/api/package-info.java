/** The full export for scripts: {@code GET /api/v1/export.zip}. */
@NullMarked
package org.migrationtracker.backup.api;

import org.jspecify.annotations.NullMarked;

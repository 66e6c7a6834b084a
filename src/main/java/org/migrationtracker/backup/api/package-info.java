/** The full export and the database backup for scripts: {@code GET /api/v1/export.zip}, {@code GET /api/v1/backup.zip}. */
@NullMarked
package org.migrationtracker.backup.api;

import org.jspecify.annotations.NullMarked;

/** The full export's download link for the admins' screens. */
@NullMarked
package org.migrationtracker.backup.ui;

import org.jspecify.annotations.NullMarked;

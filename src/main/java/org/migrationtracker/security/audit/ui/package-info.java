/** The admins' screen of the security log: filters, a paged grid and the CSV export. */
@NullMarked
package org.migrationtracker.security.audit.ui;

import org.jspecify.annotations.NullMarked;

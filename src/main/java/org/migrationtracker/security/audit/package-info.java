/**
 * The security log (docs/adr/0031): every {@link org.migrationtracker.security.SecurityEvent} written to an
 * append-only table, sign-ins and refusals taken from Spring Security's events, and the admins' reading and export.
 */
@NullMarked
package org.migrationtracker.security.audit;

import org.jspecify.annotations.NullMarked;

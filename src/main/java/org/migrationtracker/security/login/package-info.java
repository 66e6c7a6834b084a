/**
 * Sign-in protection: failed password sign-ins (the form and HTTP Basic) counted per user name and per client address
 * in PostgreSQL, slowed, then locked for a while, with answers that never tell a locked, disabled or unknown account
 * from a wrong password (docs/adr/0028); admins see and lift the locks.
 */
@NullMarked
package org.migrationtracker.security.login;

import org.jspecify.annotations.NullMarked;

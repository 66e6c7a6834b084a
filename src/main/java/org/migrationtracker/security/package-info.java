/**
 * Who may use the tracker: tracker users, their roles, sign-in and the admins' user management.
 */
@NullMarked
package org.migrationtracker.security;

import org.jspecify.annotations.NullMarked;

/**
 * Sign-in with Active Directory (or another LDAP directory): the directory checks the password, its groups give the
 * tracker roles, and each directory user has a shadow tracker user for preferences, sessions and the admins' screen.
 */
@NullMarked
package org.migrationtracker.security.directory;

import org.jspecify.annotations.NullMarked;

package org.migrationtracker.security.directory;

import java.util.List;

/**
 * A user the directory accepted: the password was right.
 *
 * @param dn          the user's distinguished name in the directory
 * @param displayName {@code displayName}, else {@code cn}, else the name typed at sign-in
 * @param groups      the DNs of the groups the group search found for the user
 */
record DirectoryAccount(String dn, String displayName, List<String> groups) {
}

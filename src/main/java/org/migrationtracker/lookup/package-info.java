/**
 * The helpdesk's lookup: find a user in a second and say what happens to their mailbox.
 */
@NullMarked
package org.migrationtracker.lookup;

import org.jspecify.annotations.NullMarked;

/**
 * Mailboxes: the inventory to move, the migration admin's permissions, readiness, lifecycle and history.
 */
@NullMarked
package org.migrationtracker.mailbox;

import org.jspecify.annotations.NullMarked;

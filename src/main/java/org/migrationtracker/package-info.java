/**
 * Migration Tracker: tracks the move of an organisation's Exchange mailboxes to Microsoft 365.
 */
@NullMarked
package org.migrationtracker;

import org.jspecify.annotations.NullMarked;

/**
 * The migration project: the one set of settings (organisation, source Exchange, method, directory
 * synchronisation, single sign-on) that the rules for mailboxes and batches read.
 */
@NullMarked
package org.migrationtracker.project;

import org.jspecify.annotations.NullMarked;

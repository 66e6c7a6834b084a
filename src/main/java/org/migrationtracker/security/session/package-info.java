/** Signed-in sessions: the registry across instances, their lifetimes, and ending them everywhere at once. */
@NullMarked
package org.migrationtracker.security.session;

import org.jspecify.annotations.NullMarked;

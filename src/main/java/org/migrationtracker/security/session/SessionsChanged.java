package org.migrationtracker.security.session;

import org.migrationtracker.live.LiveEvent;

/** Someone signed in or out: the sessions screen of every instance shows it. */
public record SessionsChanged(String username) implements LiveEvent {
}

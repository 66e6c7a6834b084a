package org.migrationtracker.security.session;

import org.migrationtracker.live.LiveEvent;

import java.util.List;

/**
 * Signed-in sessions that ended for a reason every instance must act on: each instance invalidates those it holds
 * and sends their open screens to the sign-in page. Carries the registry's opaque ids, never a cookie value.
 */
public record SessionsEnded(List<String> sessions, SessionEnd reason) implements LiveEvent {

    @Override
    public LiveEvent compact() {
        // too many for one notification: every instance checks its own sessions against the registry
        return new SessionsEnded(List.of(), reason);
    }
}

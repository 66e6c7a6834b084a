package org.migrationtracker.live;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Ends the presence of every screen part of a session when the session ends (signed out, timed out, invalidated),
 * whether or not its UIs were detached one by one before.
 */
@Component
class PresenceSessions implements VaadinServiceInitListener {

    private final Presence presence;

    PresenceSessions(Presence presence) {
        this.presence = presence;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> ended(destroyed.getSession()));
    }

    void ended(VaadinSession session) {
        var key = session.getAttribute(PresenceBar.SESSION_KEY);
        if (key instanceof String name) {
            presence.endSession(name);
        }
    }
}

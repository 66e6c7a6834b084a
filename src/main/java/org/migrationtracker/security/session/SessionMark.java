package org.migrationtracker.security.session;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * What an HTTP session holds about its sign-in: the registry's id for it, when it signed in, when its user last did
 * something (a heartbeat is not an action) and when the registry was last asked about it.
 */
final class SessionMark implements Serializable {

    static final String ATTRIBUTE = SessionMark.class.getName();

    final UUID id;
    final String username;
    final Instant signedInAt;
    volatile Instant lastAction;
    volatile Instant lastChecked;

    SessionMark(UUID id, String username, Instant signedInAt) {
        this.id = id;
        this.username = username;
        this.signedInAt = signedInAt;
        this.lastAction = signedInAt;
        this.lastChecked = signedInAt;
    }

    static @Nullable SessionMark of(@Nullable HttpSession session) {
        try {
            return session == null ? null : (SessionMark) session.getAttribute(ATTRIBUTE);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /** The mark of the session on this thread: the request's, or the Vaadin session's in a UI access. */
    static @Nullable SessionMark current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            var mark = of(request.getRequest().getSession(false));
            if (mark != null) {
                return mark;
            }
        }
        var vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession() != null) {
            return vaadin.getSession().getAttribute(ATTRIBUTE) instanceof SessionMark mark ? mark : null;
        }
        return null;
    }
}
